package app.kith.crash;

/** A small Kith archive for the crash harness: {@value #PEOPLE} people and {@value #TALKS} conversations, all named. */
final class CrashArchive {

    static final int PEOPLE = 20;
    static final int TALKS = 40;

    private CrashArchive() {
    }

    /** The archive of one batch: every name and note starts with the batch's name, so that it can be counted. */
    static String json(String batch) {
        StringBuilder json = new StringBuilder("{\"format\":\"kith-archive\",\"version\":1,\"people\":[");
        for (int i = 0; i < PEOPLE; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(batch).append("/p").append(i)
                    .append("\",\"name\":\"").append(batch).append(" person ").append(i).append("\"}");
        }
        json.append("],\"interactions\":[");
        for (int i = 0; i < TALKS; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(batch).append("/i").append(i)
                    .append("\",\"date\":\"2026-10-").append(String.format("%02d", 1 + i % 28))
                    .append("\",\"channel\":\"video\",\"depth\":\"personal\",\"people\":[\"").append(batch)
                    .append("/p").append(i % PEOPLE).append("\"],\"notes\":\"").append(batch).append(" talk ")
                    .append(i).append("\"}");
        }
        return json.append("]}").toString();
    }
}
