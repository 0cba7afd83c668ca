package org.bpfplay.backend.session;

import org.bpfplay.backend.system.Limits;
import org.bpfplay.backend.system.WebAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

/**
 * Registers {@code /ws}. Spring's own origin check is opened up ({@code *}) because {@link OriginCheck}
 * does a stricter one (Host as well as Origin). The container refuses text messages larger than
 * {@code bpfplay.limits.ws-message-bytes} itself, closing with 1009 before the handler sees them.
 */
@Configuration
@EnableWebSocket
class WebSocketConfig implements WebSocketConfigurer {
    private final DebugSocketHandler handler;
    private final WebAccess access;

    WebSocketConfig(DebugSocketHandler handler, WebAccess access) {
        this.handler = handler;
        this.access = access;
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(handler, "/ws")
                .addInterceptors(new OriginCheck(access))
                .setAllowedOriginPatterns("*");
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer(Limits limits) {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(limits.wsMessageBytes());
        container.setMaxBinaryMessageBufferSize(1024);
        return container;
    }
}
