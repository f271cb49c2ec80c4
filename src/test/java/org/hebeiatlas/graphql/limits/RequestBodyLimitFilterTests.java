package org.hebeiatlas.graphql.limits;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class RequestBodyLimitFilterTests {

	private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(DataSize.ofBytes(10), new JsonMapper());

	private final MockFilterChain chain = new MockFilterChain();

	private final MockHttpServletResponse response = new MockHttpServletResponse();

	@Test
	void shouldPassABodyAtTheLimit() throws Exception {
		this.filter.doFilter(post("0123456789"), this.response, this.chain);

		assertThat(this.response.getStatus()).isEqualTo(200);
		assertThat(this.chain.getRequest()).isNotNull();
	}

	@Test
	void shouldRefuseADeclaredLengthOverTheLimitWithoutReadingIt() throws Exception {
		MockHttpServletRequest request = post("01234567890");

		this.filter.doFilter(request, this.response, this.chain);

		assertRefused("Request body of 11 bytes exceeds the limit of 10 bytes (atlas.graphql.limits.max-body-size).");
		assertThat(request.getInputStream().readAllBytes()).hasSize(11);
	}

	@Test
	void shouldReadABodyOfUnknownLengthUpToTheLimit() throws Exception {
		this.filter.doFilter(withoutLength(post("0123456789")), this.response, this.chain);

		HttpServletRequest passed = (HttpServletRequest) this.chain.getRequest();
		assertThat(passed.getContentLengthLong()).isEqualTo(10);
		assertThat(new String(passed.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("0123456789");
	}

	@Test
	void shouldRefuseABodyOfUnknownLengthOnceItPassesTheLimit() throws Exception {
		this.filter.doFilter(withoutLength(post("0123456789 and more")), this.response, this.chain);

		assertRefused(
				"Request body of more than 10 bytes exceeds the limit of 10 bytes (atlas.graphql.limits.max-body-size).");
	}

	private void assertRefused(String message) throws Exception {
		assertThat(this.response.getStatus()).isEqualTo(413);
		assertThat(this.response.getContentType()).isEqualTo("application/json");
		assertThat(this.response.getContentAsString()).contains("\"message\":\"" + message + "\"")
			.contains("\"classification\":\"BAD_REQUEST\"")
			.contains("\"limit\":\"atlas.graphql.limits.max-body-size\"");
		assertThat(this.chain.getRequest()).isNull();
	}

	private static MockHttpServletRequest post(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	/** A request sent in chunks: its length is not known until it has been read. */
	private static HttpServletRequest withoutLength(HttpServletRequest request) {
		return new HttpServletRequestWrapper(request) {

			@Override
			public int getContentLength() {
				return -1;
			}

			@Override
			public long getContentLengthLong() {
				return -1;
			}

		};
	}

}
