package org.annals.reader.api;

import org.annals.publication.PublishedEventQuery;
import org.annals.shared.PublicBaseUrl;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration
class ConditionalGetsConfiguration {

    /** After the headers every answer carries, before Spring Security (see {@link ConditionalGets}). */
    @Bean
    FilterRegistrationBean<ConditionalGets> conditionalGets(PublishedEventQuery published, PublicBaseUrl publicBase) {
        FilterRegistrationBean<ConditionalGets> registration = new FilterRegistrationBean<>(new ConditionalGets(published, publicBase));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns("/api/v1/timelines/*");
        return registration;
    }
}
