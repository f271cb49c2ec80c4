package org.hebeiatlas.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Answers credentials that do not match a curator with HTTP 401 and a GraphQL-shaped body, so that GraphQL clients
 * can show the error like any other.
 */
class GraphQlAuthenticationEntryPoint implements AuthenticationEntryPoint {

	private static final byte[] BODY = """
			{"errors":[{"message":"The credentials do not match a curator.","extensions":{"classification":"UNAUTHORIZED"}}]}"""
		.getBytes(StandardCharsets.UTF_8);

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
			throws IOException {
		response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Hebei Industry Atlas\"");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.getOutputStream().write(BODY);
	}

}
