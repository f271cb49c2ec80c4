package org.hebeiatlas.graphql;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import graphql.GraphqlErrorBuilder;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import jakarta.servlet.http.Cookie;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.MediaTypes;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphQL over HTTP as the spec says: queries by POST or GET, mutations by POST only, and a 4xx answer with a GraphQL
 * error for every request that is not well-formed (malformed JSON, a batch, no query, a content type it cannot read,
 * an Accept it cannot answer), where Spring for GraphQL answers with a bare error page. Requests that are well-formed
 * run through Spring for GraphQL's {@link WebGraphQlHandler}, its interceptors and instrumentations, and are answered
 * by Spring's {@link GraphQlHttpHandler}.
 */
public class AtlasGraphQlHttpHandler extends GraphQlHttpHandler {

	private static final List<MediaType> WRITABLE = List.of(MediaTypes.APPLICATION_GRAPHQL_RESPONSE,
			MediaType.APPLICATION_JSON);

	private final WebGraphQlHandler graphQlHandler;

	private final ObjectReader jsonReader;

	private final IdGenerator idGenerator = new AlternativeJdkIdGenerator();

	public AtlasGraphQlHttpHandler(WebGraphQlHandler graphQlHandler, JsonMapper jsonMapper) {
		super(graphQlHandler);
		this.graphQlHandler = graphQlHandler;
		this.jsonReader = jsonMapper.readerFor(Object.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
	}

	/**
	 * Runs the operation in a POST request's JSON body.
	 */
	@Override
	public ServerResponse handleRequest(ServerRequest request) {
		try {
			checkContentType(request);
			checkAccept(request);
			return execute(request, readBody(request));
		}
		catch (RefusedRequest refused) {
			return refused.toResponse(request);
		}
	}

	/**
	 * Runs the query given by the {@code query}, {@code operationName}, {@code variables} and {@code extensions}
	 * parameters of a GET request; a mutation is refused with 405.
	 */
	public ServerResponse handleGet(ServerRequest request) {
		try {
			checkAccept(request);
			String query = request.param("query")
				.orElseThrow(() -> RefusedRequest.badRequest("The request has no 'query' parameter."));
			Optional<String> operationName = request.param("operationName");
			if (isWrite(query, operationName.orElse(null))) {
				throw new RefusedRequest(HttpStatus.METHOD_NOT_ALLOWED,
						"Only queries can be sent with GET: send mutations with POST.", HttpMethod.POST);
			}
			Map<String, Object> body = new HashMap<>();
			body.put("query", query);
			operationName.ifPresent((name) -> body.put("operationName", name));
			request.param("variables").ifPresent((json) -> body.put("variables", readParameter("variables", json)));
			request.param("extensions").ifPresent((json) -> body.put("extensions", readParameter("extensions", json)));
			return execute(request, body);
		}
		catch (RefusedRequest refused) {
			return refused.toResponse(request);
		}
	}

	/**
	 * Answers a method other than GET and POST.
	 */
	public ServerResponse methodNotAllowed(ServerRequest request) {
		return new RefusedRequest(HttpStatus.METHOD_NOT_ALLOWED, "Send GraphQL requests with POST, or queries with GET.",
				HttpMethod.GET, HttpMethod.POST)
			.toResponse(request);
	}

	private ServerResponse execute(ServerRequest request, Map<String, Object> body) {
		checkFields(body);
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), body,
				this.idGenerator.generateId().toString(), LocaleContextHolder.getLocale());
		return prepareResponse(request, this.graphQlHandler.handleRequest(graphQlRequest));
	}

	private static void checkContentType(ServerRequest request) {
		MediaType contentType;
		try {
			contentType = request.headers().contentType().orElse(null);
		}
		catch (InvalidMediaTypeException ex) {
			throw new RefusedRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The Content-Type header cannot be parsed.");
		}
		if (contentType == null || !MediaType.APPLICATION_JSON.includes(contentType)) {
			throw new RefusedRequest(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
					"Send the request body as application/json.");
		}
	}

	private static void checkAccept(ServerRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.headers().accept();
		}
		catch (InvalidMediaTypeException ex) {
			throw new RefusedRequest(HttpStatus.NOT_ACCEPTABLE, "The Accept header cannot be parsed.");
		}
		if (!accepted.isEmpty() && accepted.stream()
			.noneMatch((type) -> WRITABLE.stream().anyMatch((writable) -> writable.isCompatibleWith(type)))) {
			throw new RefusedRequest(HttpStatus.NOT_ACCEPTABLE,
					"Accept application/graphql-response+json or application/json.");
		}
	}

	private Map<String, Object> readBody(ServerRequest request) {
		byte[] body;
		try {
			// The request body limit filter has already bounded the body.
			body = request.servletRequest().getInputStream().readAllBytes();
		}
		catch (IOException ex) {
			throw RefusedRequest.badRequest("The request body could not be read.");
		}
		Object json = readJson(body, "The request body is not valid JSON.");
		if (json instanceof List) {
			throw RefusedRequest.badRequest("Batched requests are not supported: send one operation per request.");
		}
		if (!(json instanceof Map<?, ?> map)) {
			throw RefusedRequest.badRequest("The request body must be a JSON object with a 'query'.");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> fields = (Map<String, Object>) map;
		return fields;
	}

	private Object readParameter(String name, String json) {
		Object value = readJson(json.getBytes(StandardCharsets.UTF_8),
				"The '" + name + "' parameter is not valid JSON.");
		if (value != null && !(value instanceof Map)) {
			throw RefusedRequest.badRequest("The '" + name + "' parameter must be a JSON object.");
		}
		return value;
	}

	private Object readJson(byte[] bytes, String problem) {
		try {
			return this.jsonReader.readValue(bytes);
		}
		catch (JacksonException ex) {
			throw RefusedRequest.badRequest(problem);
		}
	}

	private static void checkFields(Map<String, Object> body) {
		if (!(body.get("query") instanceof String query) || query.isBlank()) {
			throw RefusedRequest.badRequest("The request has no 'query': send the GraphQL document as a string.");
		}
		if (body.get("operationName") != null && !(body.get("operationName") instanceof String)) {
			throw RefusedRequest.badRequest("'operationName' must be a string.");
		}
		for (String field : List.of("variables", "extensions")) {
			if (body.get(field) != null && !(body.get(field) instanceof Map)) {
				throw RefusedRequest.badRequest("'" + field + "' must be a JSON object.");
			}
		}
	}

	/**
	 * Whether the operation that would run is a mutation or a subscription. A document that does not parse, or names
	 * no such operation, is left for the execution to report.
	 */
	private static boolean isWrite(String query, String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (RuntimeException ex) {
			return false;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.filter((operation) -> operationName == null || operationName.equals(operation.getName()))
			.toList();
		return operations.size() == 1
				&& operations.get(0).getOperation() != OperationDefinition.Operation.QUERY;
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		for (List<Cookie> named : request.cookies().values()) {
			for (Cookie cookie : named) {
				cookies.add(cookie.getName(), new HttpCookie(cookie.getName(), cookie.getValue()));
			}
		}
		return cookies;
	}

	/**
	 * A request refused before anything ran, answered with a 4xx status and a single {@code BAD_REQUEST} error.
	 */
	private static final class RefusedRequest extends RuntimeException {

		private final HttpStatus status;

		private final HttpMethod[] allowed;

		RefusedRequest(HttpStatus status, String message, HttpMethod... allowed) {
			super(message, null, false, false);
			this.status = status;
			this.allowed = allowed;
		}

		static RefusedRequest badRequest(String message) {
			return new RefusedRequest(HttpStatus.BAD_REQUEST, message);
		}

		ServerResponse toResponse(ServerRequest request) {
			Map<String, Object> error = GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(getMessage())
				.build()
				.toSpecification();
			ServerResponse.BodyBuilder response = ServerResponse.status(this.status).contentType(responseType(request));
			if (this.allowed.length > 0) {
				response.allow(this.allowed);
			}
			return response.body(Map.of("errors", List.of(error)));
		}

		private static MediaType responseType(ServerRequest request) {
			try {
				for (MediaType accepted : request.headers().accept()) {
					if (WRITABLE.contains(accepted)) {
						return accepted;
					}
				}
			}
			catch (InvalidMediaTypeException ex) {
				// Answered in the default type.
			}
			return MediaType.APPLICATION_JSON;
		}

	}

}
