package org.hebeiatlas.graphiql;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code spring.graphql.graphiql.path}, served whole by the app: the page, its script, and GraphiQL and
 * React from webjars, so that it works with no internet. The same property as Spring Boot's own page switches it off.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("spring.graphql.graphiql.enabled")
class GraphiQlConfiguration {

	@Bean
	// Ahead of Spring Boot's GraphiQL route for the same path, whose page loads everything from a CDN.
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphiQlRouterFunction(GraphQlProperties properties, ExampleOperations examples) {
		String path = properties.getGraphiql().getPath();
		GraphiQlPage page = new GraphiQlPage(new ClassPathResource("graphiql/atlas.html"), path,
				properties.getHttp().getPath());
		return RouterFunctions.route()
			.GET(path, page::render)
			.GET(path + "/examples", (request) -> ServerResponse.ok().body(examples.list()))
			.resources(path + "/assets/**", new ClassPathResource("graphiql/assets/"))
			.build();
	}

}
