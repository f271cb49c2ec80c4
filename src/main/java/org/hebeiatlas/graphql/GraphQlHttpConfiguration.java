package org.hebeiatlas.graphql;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The GraphQL HTTP endpoint: GET and POST through {@link AtlasGraphQlHttpHandler}, and the CORS rules for front-ends
 * on other origins ({@code spring.graphql.cors.*}; none are allowed unless configured).
 */
@Configuration(proxyBeanMethods = false)
class GraphQlHttpConfiguration {

	@Bean
	AtlasGraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler webGraphQlHandler, JsonMapper jsonMapper) {
		return new AtlasGraphQlHttpHandler(webGraphQlHandler, jsonMapper);
	}

	// Ahead of Spring for GraphQL's routes (order 0), which answer every GET with 405 and a POST they cannot read
	// with a bare 415. Theirs still serve GraphQL over server-sent events.
	@Bean
	@Order(-1)
	RouterFunction<ServerResponse> graphQlHttpRoutes(AtlasGraphQlHttpHandler handler, GraphQlProperties properties) {
		String path = properties.getHttp().getPath();
		return RouterFunctions.route()
			.GET(path, handler::handleGet)
			.POST(path, (request) -> !acceptsEventStream(request), handler::handleRequest)
			.route(RequestPredicates.path(path).and(otherMethod()), handler::methodNotAllowed)
			.build();
	}

	/**
	 * The CORS rules for the GraphQL endpoint, from Spring Boot's {@code spring.graphql.cors.*} properties. Spring MVC
	 * applies them through Boot; Spring Security's {@code cors()} finds this bean by its name.
	 */
	@Bean
	CorsConfigurationSource corsConfigurationSource(GraphQlProperties properties, GraphQlCorsProperties cors) {
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		CorsConfiguration configuration = cors.toCorsConfiguration();
		if (configuration != null) {
			source.registerCorsConfiguration(properties.getHttp().getPath(), configuration);
		}
		return source;
	}

	private static RequestPredicate otherMethod() {
		return (request) -> !List.of(HttpMethod.GET, HttpMethod.POST).contains(request.method());
	}

	private static boolean acceptsEventStream(ServerRequest request) {
		try {
			return request.headers().accept().stream().anyMatch(MediaType.TEXT_EVENT_STREAM::equalsTypeAndSubtype);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

}
