package org.bpfplay.engine.packet;

/** The TCP flag bits (byte 13 of the header) and their one-letter names. */
public enum TcpFlag {
    SYN('S', 0x02), ACK('A', 0x10), PSH('P', 0x08), FIN('F', 0x01), RST('R', 0x04), URG('U', 0x20),
    ECE('E', 0x40), CWR('C', 0x80);

    private final char letter;
    private final int bit;

    TcpFlag(char letter, int bit) {
        this.letter = letter;
        this.bit = bit;
    }

    public char letter() {
        return letter;
    }

    public int bit() {
        return bit;
    }

    static int bitOf(char c) {
        for (TcpFlag f : values()) {
            if (f.letter == Character.toUpperCase(c)) {
                return f.bit;
            }
        }
        return 0;
    }

    static String letters() {
        StringBuilder sb = new StringBuilder();
        for (TcpFlag f : values()) {
            sb.append(f.letter);
        }
        return sb.toString();
    }

    /** Letters for the set bits, in enum order ("SA"); "0" when none is set. */
    public static String format(int bits) {
        StringBuilder sb = new StringBuilder();
        for (TcpFlag f : values()) {
            if ((bits & f.bit) != 0) {
                sb.append(f.letter);
            }
        }
        return sb.length() == 0 ? "0" : sb.toString();
    }
}
