package org.hebeiatlas.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * The GraphiQL page, with the addresses of its assets and of the GraphQL endpoint filled in for the request's context
 * path, so that it works wherever the app is deployed.
 */
class GraphiQlPage {

	private final String html;

	private final String graphiQlPath;

	private final String graphQlPath;

	GraphiQlPage(Resource template, String graphiQlPath, String graphQlPath) {
		try {
			this.html = template.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("GraphiQL page " + template + " cannot be read", ex);
		}
		this.graphiQlPath = graphiQlPath;
		this.graphQlPath = graphQlPath;
	}

	ServerResponse render(ServerRequest request) {
		String contextPath = request.requestPath().contextPath().value();
		String body = this.html.replace("{{contextPath}}", HtmlUtils.htmlEscape(contextPath))
			.replace("{{graphiqlPath}}", HtmlUtils.htmlEscape(contextPath + this.graphiQlPath))
			.replace("{{graphqlPath}}", HtmlUtils.htmlEscape(contextPath + this.graphQlPath));
		return ServerResponse.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(body);
	}

}
