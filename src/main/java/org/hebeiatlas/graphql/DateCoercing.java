package org.hebeiatlas.graphql;

import java.time.DateTimeException;
import java.time.LocalDate;
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
 * The {@code Date} scalar: a calendar day without time or zone, written as an ISO-8601 string (2020-09-21).
 */
class DateCoercing implements Coercing<LocalDate, String> {

	@Override
	public String serialize(Object value, GraphQLContext context, Locale locale) {
		if (value instanceof LocalDate date) {
			return date.toString();
		}
		if (value instanceof String text && parse(text) != null) {
			return text;
		}
		throw new CoercingSerializeException("Not a date");
	}

	@Override
	public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
		LocalDate date = (input instanceof String text) ? parse(text) : null;
		if (date == null) {
			throw new CoercingParseValueException("Expected an ISO-8601 date such as 2020-09-21");
		}
		return date;
	}

	@Override
	public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale) {
		LocalDate date = (input instanceof StringValue string) ? parse(string.getValue()) : null;
		if (date == null) {
			throw new CoercingParseLiteralException("Expected an ISO-8601 date such as 2020-09-21");
		}
		return date;
	}

	@Override
	public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
		return StringValue.of(serialize(input, context, locale));
	}

	private static LocalDate parse(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

}
