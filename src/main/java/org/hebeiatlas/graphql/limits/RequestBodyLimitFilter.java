package org.hebeiatlas.graphql.limits;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 413 with a GraphQL error to a request whose body is larger than the limit, without reading more of it than
 * the limit: at once when it declares its length, after the limit when it is sent in chunks.
 */
class RequestBodyLimitFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final JsonMapper jsonMapper;

	RequestBodyLimitFilter(DataSize maxBodySize, JsonMapper jsonMapper) {
		this.maxBytes = maxBodySize.toBytes();
		this.jsonMapper = jsonMapper;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > this.maxBytes) {
			refuse(response, length + " bytes");
			return;
		}
		if (length < 0) {
			byte[] body = request.getInputStream().readNBytes((int) Math.min(this.maxBytes + 1, Integer.MAX_VALUE - 8));
			if (body.length > this.maxBytes) {
				refuse(response, "more than " + this.maxBytes + " bytes");
				return;
			}
			request = new ReadBodyRequest(request, body);
		}
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletResponse response, String size) throws IOException {
		LimitExceeded limit = new LimitExceeded("max-body-size", "Request body of " + size, this.maxBytes + " bytes");
		response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		this.jsonMapper.writeValue(response.getOutputStream(), Map.of("errors", List.of(limit.toError().toSpecification())));
	}

	/**
	 * A request whose body has already been read (within the limit), for a body sent without a length.
	 */
	private static final class ReadBodyRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		private final ByteArrayInputStream bytes;

		ReadBodyRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
			this.bytes = new ByteArrayInputStream(body);
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

		@Override
		public ServletInputStream getInputStream() {
			return new ServletInputStream() {

				@Override
				public int read() {
					return ReadBodyRequest.this.bytes.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return ReadBodyRequest.this.bytes.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return ReadBodyRequest.this.bytes.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("The body has already been read");
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			Charset charset = (getCharacterEncoding() != null) ? Charset.forName(getCharacterEncoding())
					: StandardCharsets.UTF_8;
			return new BufferedReader(new InputStreamReader(getInputStream(), charset));
		}

	}

}
