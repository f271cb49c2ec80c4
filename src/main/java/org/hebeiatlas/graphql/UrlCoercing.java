package org.hebeiatlas.graphql;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;

/**
 * The {@code URL} scalar: an absolute http or https address, written as a string. Non-ASCII characters (as in
 * {@code https://perceptiono.com/Уцян}) are kept as the source wrote them.
 */
class UrlCoercing implements Coercing<String, String> {

	@Override
	public String serialize(Object value, GraphQLContext context, Locale locale) {
		String text = (value instanceof URI uri) ? uri.toString() : String.valueOf(value);
		if (!isHttpUrl(text)) {
			throw new CoercingSerializeException("Not an absolute http(s) URL");
		}
		return text;
	}

	@Override
	public String parseValue(Object input, GraphQLContext context, Locale locale) {
		if (input instanceof String text && isHttpUrl(text)) {
			return text;
		}
		throw new CoercingParseValueException("Expected an absolute http(s) URL");
	}

	@Override
	public String parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
		if (input instanceof StringValue string && isHttpUrl(string.getValue())) {
			return string.getValue();
		}
		throw new CoercingParseLiteralException("Expected an absolute http(s) URL");
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return StringValue.of(serialize(input, context, locale));
	}

	static boolean isHttpUrl(String text) {
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme();
			return uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
