package org.bpfplay.engine.packet;

import java.util.List;

/** Checks that layers come in an order a real packet can have (eth, vlan*, ip, transport, payload). */
final class LayerOrder {
    private LayerOrder() {
    }

    static void check(List<LayerSpec> layers, List<PacketError> errors) {
        if (layers.isEmpty()) {
            return;
        }
        LayerSpec first = layers.get(0);
        if (!first.kind().canStart()) {
            errors.add(new PacketError(first.location(), "a packet starts with eth (an Ethernet frame) or ipv4/ipv6 (a raw IP packet), not "
                    + first.kind()));
            return;
        }
        for (int i = 1; i < layers.size(); i++) {
            LayerKind before = layers.get(i - 1).kind();
            LayerSpec next = layers.get(i);
            if (!before.canCarry(next.kind())) {
                String why;
                if (before == LayerKind.PAYLOAD) {
                    why = "the payload must be the last layer";
                } else if (next.kind() == LayerKind.ICMP && before == LayerKind.IPV6) {
                    why = "ipv6 carries icmpv6, not icmp";
                } else if (next.kind() == LayerKind.ICMPV6 && before == LayerKind.IPV4) {
                    why = "ipv4 carries icmp, not icmpv6";
                } else if (next.kind() == LayerKind.ETH) {
                    why = "eth must be the first layer";
                } else {
                    why = before + " cannot carry " + next.kind();
                }
                errors.add(new PacketError(next.location(), next.kind() + " cannot follow " + before + ": " + why));
                return;
            }
        }
    }
}
