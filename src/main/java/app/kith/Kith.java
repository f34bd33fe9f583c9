package app.kith;

/** Kith's entry point: no sub-command opens the window; a sub-command runs on the command line. */
public final class Kith {

    private Kith() {
    }

    public static void main(String[] args) {
        System.out.println("Kith");
    }
}
