package org.hebeiatlas.graphql.limits;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The limits on each GraphQL request, set by {@code atlas.graphql.limits.*}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
class GraphQlLimitsConfiguration {

	/** After the paging arguments check, so that a page size out of range is reported as such. */
	static final int INSTRUMENTATION_ORDER = 10;

	/** After Spring Security's filter chain (-100), so that a 413 answer carries its CORS headers. */
	static final int BODY_LIMIT_FILTER_ORDER = 0;

	@Bean
	@Order(INSTRUMENTATION_ORDER)
	QueryLimitsInstrumentation queryLimitsInstrumentation(GraphQlLimitsProperties limits) {
		return new QueryLimitsInstrumentation(limits);
	}

	@Bean
	@Order(0)
	RequestTimeoutInterceptor requestTimeoutInterceptor(GraphQlLimitsProperties limits) {
		return new RequestTimeoutInterceptor(limits.timeout());
	}

	@Bean
	FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(GraphQlLimitsProperties limits,
			GraphQlProperties graphQl, JsonMapper jsonMapper) {
		FilterRegistrationBean<RequestBodyLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestBodyLimitFilter(limits.maxBodySize(), jsonMapper));
		registration.addUrlPatterns(graphQl.getHttp().getPath());
		registration.setOrder(BODY_LIMIT_FILTER_ORDER);
		return registration;
	}

}
