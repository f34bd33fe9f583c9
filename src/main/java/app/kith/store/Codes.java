package app.kith.store;

import app.kith.domain.Coded;
import app.kith.domain.Ring;

/** How enumerations are written to and read from columns: by their code, rings by their size. */
final class Codes {

    private Codes() {
    }

    static String code(Coded value) {
        return value == null ? null : value.code();
    }

    /** The constant for a stored code, or null for a null column. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String code) {
        return code == null ? null : Coded.parse(type, code);
    }

    static Integer ringSize(Ring ring) {
        return ring == null ? null : ring.size();
    }

    static Ring ring(Integer size) {
        return size == null ? null : Ring.ofSize(size);
    }
}
