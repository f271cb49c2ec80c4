package org.hebeiatlas.graphql.limits;

import java.time.Duration;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * How much work one GraphQL request may ask for. Every limit is checked before the request runs, except the timeout.
 *
 * @param maxDepth deepest nesting of fields, counting the top-level field as 1
 * @param maxComplexity highest estimated cost: each field costs 1, and a list multiplies the cost of what is selected
 * inside it by the items it can hold (a connection's {@code first}/{@code last}, default 20; the ids of {@code nodes};
 * {@value QueryCost#ASSUMED_LIST_SIZE} for any other list)
 * @param maxAliases most aliases in one document
 * @param maxBodySize largest request body
 * @param timeout longest a request may run; it then ends with an error and its execution stops at the next field
 */
@ConfigurationProperties(GraphQlLimitsProperties.PREFIX)
@Validated
public record GraphQlLimitsProperties(@DefaultValue("15") @Positive int maxDepth,
		@DefaultValue("50000") @Positive long maxComplexity, @DefaultValue("30") @Positive int maxAliases,
		@DefaultValue("100KB") DataSize maxBodySize, @DefaultValue("10s") Duration timeout) {

	public static final String PREFIX = "atlas.graphql.limits";

}
