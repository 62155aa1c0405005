package org.annals.live.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    /** The instance's fan-out of received notices. */
    @Bean
    LocalFanOut localFanOut() {
        return new LocalFanOut();
    }
}
