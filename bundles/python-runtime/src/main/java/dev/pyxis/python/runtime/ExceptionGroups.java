package dev.pyxis.python.runtime;

/** except* support (CHECK_EG_MATCH, PREP_RERAISE_STAR): not implemented yet; says so clearly. */
final class ExceptionGroups {
    private ExceptionGroups() {}

    static int checkMatch(Space s, int sp) {
        throw Errors.raise(s, "NotImplementedError", "except* is not supported yet");
    }

    static long prepReraise(Space s, int origSlot, int listSlot) {
        throw Errors.raise(s, "NotImplementedError", "except* is not supported yet");
    }
}
