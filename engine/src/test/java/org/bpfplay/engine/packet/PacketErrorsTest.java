package org.bpfplay.engine.packet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad descriptions give errors with a location and words naming the problem; never exceptions. */
class PacketErrorsTest {
    private static Arguments row(String description, String location, String message) {
        return Arguments.of(description, location, message);
    }

    static Stream<Arguments> badDescriptions() {
        return Stream.of(
            row("eth ipv4 tcp(dport=70000)", "column 20", "tcp dport 70000 does not fit in 16 bits"),
            row("eth ipv4 tcpx", "column 10", "unknown layer 'tcpx'"),
            row("eth ipv4(foo=1)", "column 10", "unknown field 'foo' in ipv4"),
            row("eth ipv4(ttl=1,ttl=2)", "column 16", "ipv4 ttl is given twice"),
            row("eth ipv4(src=10.0.0.300)", "column 14", "bad IPv4 address '10.0.0.300'"),
            row("eth ipv4(dst=10.0.0)", "column 14", "bad IPv4 address"),
            row("eth ipv6(dst=fd00:::1)", "column 14", "bad IPv6 address 'fd00:::1'"),
            row("eth ipv6(src=1:2:3:4:5:6:7:8:9)", "column 14", "bad IPv6 address"),
            row("eth(src=zz:00:00:00:00:00)", "column 9", "bad MAC address"),
            row("eth tcp", "column 5", "tcp cannot follow eth"),
            row("eth ipv6 icmp", "column 10", "ipv6 carries icmpv6, not icmp"),
            row("eth ipv4 icmpv6", "column 10", "ipv4 carries icmp, not icmpv6"),
            row("eth ipv4 tcp udp", "column 14", "udp cannot follow tcp"),
            row("eth ipv4 eth", "column 10", "eth must be the first layer"),
            row("eth payload=\"x\" ipv4", "column 17", "the payload must be the last layer"),
            row("tcp", "column 1", "a packet starts with eth"),
            row("eth ipv4(src=1.2.3.4", "column 21", "unclosed '('"),
            row("eth ipv4 payload=\"abc", "column 18", "unclosed quote"),
            row("eth ipv4 payload=\"\\q\"", "column 19", "unknown escape"),
            row("eth ipv4 payload=\"\\xff\"", "column 19", "\\x needs two hex digits 00..7f"),
            row("eth ipv4 payload", "column 10", "write the payload as payload="),
            row("eth ipv4(ttl=0x1ff)", "column 14", "ipv4 ttl 0x1ff does not fit in 8 bits"),
            row("eth ipv4(df=2)", "column 13", "ipv4 df 2 does not fit in 1 bit"),
            row("eth ipv4(flags=2,df=1)", "column 16", "either as flags=N or as rf/df/mf"),
            row("eth ipv4 udp(sport=-1)", "column 20", "udp sport needs a decimal number, got '-1'"),
            row("eth ipv4 udp(sport=0xfg)", "column 20", "needs a hex number"),
            row("eth ipv4 tcp(flags=SAX)", "column 20", "unknown tcp flag 'X'"),
            row("eth ipv4 tcp(seq=4294967296)", "column 18", "tcp seq 4294967296 does not fit in 32 bits"),
            row("eth ipv4 tcp(seq=99999999999999999999999)", "column 18", "does not fit in 32 bits"),
            row("eth ipv4(options=hex:0102030)", "column 18", "odd number of hex digits"),
            row("eth ipv4(options=len:4)", "column 18", "'l' is not a hex digit"),
            row("eth ipv4(options=hex:00000000000000000000000000000000000000000000000000000000000000000000000000000000000000)", "column 18", "ipv4 options are at most 40 bytes"),
            row("eth vlan(id=4096)", "column 13", "vlan id 4096 does not fit in 12 bits"),
            row("eth ipv6(flow=0x100000)", "column 15", "ipv6 flow 0x100000 does not fit in 20 bits"),
            row("eth ipv4 udp payload=len:70000", "column 22", "payload len 70000 does not fit in 16 bits"),
            row("eth ipv4 udp payload=hex:zz", "column 22", "'z' is not a hex digit"),
            row("eth ipv4 udp payload=len:65530", "column 10", "udp length 65538 does not fit in 16 bits"),
            row("eth ipv4 tcp payload=len:65530", "column 5", "ipv4 total length 65570 does not fit in 16 bits"),
            row("eth ipv4(ttl=1 tcp", "column 19", "unclosed '(' in ipv4"),
            row("eth ipv4(ttl=1 2)", "column 14", "ipv4 ttl needs a decimal number"),
            row("eth ipv4(ttl 1)", "column 14", "expected '=' after ipv4 ttl"),
            row("eth ipv4(,)", "column 10", "expected a field name"),
            row("eth ipv4(ttl=\"1\"x)", "column 17", "expected ',' or ')'"),
            row("eth ipv4()tcp", "column 11", "expected a space before the next layer"),
            row("   ", "column 1", "empty packet description"),
            row("hex:0 1", "column 6", "separator inside a byte"),
            row("hex:", "column 5", "empty raw packet"),
            row("{\"layers\":[{\"layer\":\"eth\"},{\"layer\":\"ipv4\",\"ttl\":300}]}", "$.layers[1].ttl", "ipv4 ttl 300 does not fit in 8 bits"),
            row("[{\"layer\":\"eth\"},{\"layer\":\"ipv4\",\"bogus\":1}]", "$[1].bogus", "unknown field 'bogus' in ipv4"),
            row("[{\"layer\":\"eth\"},{\"layer\":\"tcp\"}]", "$[1]", "tcp cannot follow eth"),
            row("[{\"layer\":\"eth\"},{\"layer\":\"ipv9\"}]", "$[1].layer", "unknown layer 'ipv9'"),
            row("[{\"layer\":\"eth\"},{\"type\":2048}]", "$[1].layer", "each layer needs \"layer\""),
            row("[{\"layer\":\"eth\",\"src\":[1]}]", "$[0].src", "must be a number or a string"),
            row("[{\"layer\":\"eth\"},{\"layer\":\"payload\"}]", "$[1]", "exactly one of \"text\", \"hex\" or \"len\""),
            row("{\"layers\":[{\"layer\":\"eth\"} {\"layer\":\"ipv4\"}]}", "line 1 column 28", "expected ',' or ']' in an array"),
            row("{\"layers\":[], \"x\":1}", "$.x", "unknown key \"x\""),
            row("{\"layers\":[]}", "$.layers", "empty packet description"),
            row("{\"layers\":[{\"layer\":\"eth\",\"layer\":\"ipv4\"}]}", "line 1 column 27", "duplicate key \"layer\""),
            row("[{\"layer\":\"eth\",\"type\":01}]", "line 1 column 25", "numbers do not start with 0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDescriptions")
    void reportsWhereAndWhat(String description, String location, String message) {
        PacketResult r = Packets.build(description);
        assertFalse(r.ok(), "should fail: " + description);
        assertEquals(0, r.bytes().length);
        PacketError e = r.errors().get(0);
        assertEquals(location, e.location(), r.errors().toString());
        assertTrue(e.message().contains(message), "message was: " + e.message());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "eth(src=zz:00:00:00:00:00) ipv6(dst=fd00:::1) | 2",
        "eth ipv4(ttl=0x1ff,df=2) udp(sport=-1,dport=1.5) | 4",
    })
    void reportsEveryBadValueAtOnce(String description, int count) {
        assertEquals(count, Packets.build(description).errors().size(), Packets.build(description).errors().toString());
    }
}
