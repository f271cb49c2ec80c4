package org.hebeiatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opaque global id of a {@code Node}: the type name and the database id, base64url-encoded so that clients treat it
 * as a token rather than something to parse.
 */
public record GlobalId(String typeName, long id) {

	private static final Pattern DECODED = Pattern.compile("([A-Z][A-Za-z]{0,40}):([1-9][0-9]{0,17})");

	public static String encode(String typeName, long id) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((typeName + ":" + id).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * Reads a global id that a client sent.
	 * @throws InvalidArgumentException when the text is not a global id this API issued
	 */
	public static GlobalId decode(String text) {
		if (text != null && text.length() <= 100) {
			try {
				String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
				Matcher matcher = DECODED.matcher(decoded);
				if (matcher.matches()) {
					return new GlobalId(matcher.group(1), Long.parseLong(matcher.group(2)));
				}
			}
			catch (IllegalArgumentException ex) {
				// falls through to the client error below
			}
		}
		throw new InvalidArgumentException("id", "is not an id issued by this API");
	}

	@Override
	public String toString() {
		return encode(this.typeName, this.id);
	}

}
