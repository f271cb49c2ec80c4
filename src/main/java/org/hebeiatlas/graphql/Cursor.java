package org.hebeiatlas.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque connection cursors. A cursor names a position in an ordered, filtered list; it is only meaningful for the
 * same field with the same filter and order.
 */
public final class Cursor {

	private static final String PREFIX = "atlas:v1:";

	private Cursor() {
	}

	public static String encode(long position) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((PREFIX + position).getBytes(StandardCharsets.UTF_8));
	}

	static long decode(String argument, String cursor) {
		if (cursor.length() <= 64) {
			try {
				String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
				if (text.startsWith(PREFIX)) {
					long position = Long.parseLong(text.substring(PREFIX.length()));
					if (position >= 0 && position < Integer.MAX_VALUE) {
						return position;
					}
				}
			}
			catch (IllegalArgumentException ex) {
				// falls through to the client error below
			}
		}
		throw new InvalidArgumentException(argument, "is not a cursor issued by this API");
	}

}
