package org.hebeiatlas.graphql.limits;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.introspection.Introspection;
import graphql.language.Document;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.hebeiatlas.graphql.ConnectionArguments;

/**
 * The depth and the estimated cost of one operation, measured on its document before it runs.
 * <p>
 * Each field costs 1 plus what is selected inside it; a list multiplies the cost of its selection by the items it can
 * hold: the page size for the {@code edges} of a connection ({@code first} or {@code last}, default 20), the number of
 * ids for a list field with an {@code ids} argument, and {@value #ASSUMED_LIST_SIZE} for any other list. Introspection
 * is left out of both measures: graphql-java's good-faith introspection check bounds it.
 *
 * @param depth levels of nested fields, the top-level field counting as 1
 * @param complexity the estimated cost, {@link Long#MAX_VALUE} when it overflows
 */
public record QueryCost(int depth, long complexity) {

	/** The items assumed in a list that is not paged, such as the companies of a cluster. */
	public static final int ASSUMED_LIST_SIZE = 10;

	private static final QueryCost NONE = new QueryCost(0, 0);

	public static QueryCost measure(GraphQLSchema schema, Document document, String operationName,
			CoercedVariables variables) {
		Map<QueryVisitorFieldEnvironment, QueryCost> selections = new HashMap<>();
		QueryTraverser.newQueryTraverser()
			.schema(schema)
			.document(document)
			.operationName(operationName)
			.coercedVariables(variables)
			.build()
			.visitPostOrder(new QueryVisitorStub() {

				@Override
				public void visitField(QueryVisitorFieldEnvironment field) {
					QueryCost cost = isIntrospection(field) ? NONE
							: selections.getOrDefault(field, NONE).insideField(items(field));
					selections.merge(field.getParentEnvironment(), cost, QueryCost::besides);
				}

			});
		return selections.getOrDefault(null, NONE);
	}

	private static boolean isIntrospection(QueryVisitorFieldEnvironment field) {
		String name = field.getField().getName();
		return field.isTypeNameIntrospectionField() || name.equals(Introspection.SchemaMetaFieldDef.getName())
				|| name.equals(Introspection.TypeMetaFieldDef.getName());
	}

	private static long items(QueryVisitorFieldEnvironment field) {
		GraphQLFieldDefinition definition = field.getFieldDefinition();
		if (!(GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList)) {
			return 1;
		}
		QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
		if (parent != null && isConnection(parent.getFieldDefinition())) {
			return pageSize(parent.getArguments());
		}
		if (definition.getArgument("ids") != null && field.getArguments().get("ids") instanceof List<?> ids) {
			return ids.size();
		}
		return ASSUMED_LIST_SIZE;
	}

	private static boolean isConnection(GraphQLFieldDefinition definition) {
		return definition.getArgument("first") != null;
	}

	private static long pageSize(Map<String, Object> arguments) {
		Object size = (arguments.get("first") != null) ? arguments.get("first") : arguments.get("last");
		return (size instanceof Integer value) ? Math.max(0, value) : ConnectionArguments.DEFAULT_PAGE_SIZE;
	}

	private QueryCost insideField(long items) {
		return new QueryCost(this.depth + 1, add(1, multiply(items, this.complexity)));
	}

	private QueryCost besides(QueryCost sibling) {
		return new QueryCost(Math.max(this.depth, sibling.depth), add(this.complexity, sibling.complexity));
	}

	private static long add(long a, long b) {
		try {
			return Math.addExact(a, b);
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

	private static long multiply(long a, long b) {
		try {
			return Math.multiplyExact(a, b);
		}
		catch (ArithmeticException ex) {
			return Long.MAX_VALUE;
		}
	}

}
