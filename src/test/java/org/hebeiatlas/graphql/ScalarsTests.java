package org.hebeiatlas.graphql;

import java.time.LocalDate;
import java.util.Locale;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The {@code URL} and {@code Date} scalars accept what they promise and nothing else.
 */
class ScalarsTests {

	private final GraphQLContext context = GraphQLContext.getDefault();

	private final UrlCoercing url = new UrlCoercing();

	private final DateCoercing date = new DateCoercing();

	@Test
	void shouldWriteAbsoluteHttpUrlsAsTheSourceGaveThem() {
		assertThat(this.url.serialize("https://www.chinadaily.com.cn/a/202009/21/x.html", this.context, Locale.ROOT))
			.isEqualTo("https://www.chinadaily.com.cn/a/202009/21/x.html");
		assertThat(this.url.serialize("https://perceptiono.com/Уцян", this.context, Locale.ROOT))
			.isEqualTo("https://perceptiono.com/Уцян");
		assertThatExceptionOfType(CoercingSerializeException.class)
			.isThrownBy(() -> this.url.serialize("ftp://example.org/file", this.context, Locale.ROOT));
	}

	@Test
	void shouldRejectInputThatIsNoAbsoluteHttpUrl() {
		assertThat(this.url.parseValue("http://example.org/", this.context, Locale.ROOT))
			.isEqualTo("http://example.org/");
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> this.url.parseValue("/relative/path", this.context, Locale.ROOT));
		assertThatExceptionOfType(CoercingParseLiteralException.class).isThrownBy(() -> this.url
			.parseLiteral(StringValue.of("not a url"), CoercedVariables.emptyVariables(), this.context, Locale.ROOT));
	}

	@Test
	void shouldReadAndWriteIsoDates() {
		assertThat(this.date.serialize(LocalDate.of(2020, 9, 21), this.context, Locale.ROOT)).isEqualTo("2020-09-21");
		assertThat(this.date.parseValue("2020-09-21", this.context, Locale.ROOT)).isEqualTo(LocalDate.of(2020, 9, 21));
		assertThatExceptionOfType(CoercingParseValueException.class)
			.isThrownBy(() -> this.date.parseValue("2020-09", this.context, Locale.ROOT));
		assertThatExceptionOfType(CoercingParseLiteralException.class).isThrownBy(() -> this.date
			.parseLiteral(IntValue.of(2020), CoercedVariables.emptyVariables(), this.context, Locale.ROOT));
	}

}
