package org.hebeiatlas.graphql.limits;

import java.util.List;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.Node;
import graphql.language.NodeTraverser;
import graphql.language.NodeVisitorStub;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.validation.ValidationError;

/**
 * Refuses a request with too many aliases before it is validated, and one that nests too deep or would cost too much
 * before it runs. The request then gets a single {@code BAD_REQUEST} error naming the limit, and no data.
 */
class QueryLimitsInstrumentation extends SimplePerformantInstrumentation {

	private final GraphQlLimitsProperties limits;

	QueryLimitsInstrumentation(GraphQlLimitsProperties limits) {
		this.limits = limits;
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		int aliases = countAliases(parameters.getDocument());
		if (aliases > this.limits.maxAliases()) {
			throw refuse(new LimitExceeded("max-aliases", "Alias count " + aliases,
					String.valueOf(this.limits.maxAliases())));
		}
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		QueryCost cost = QueryCost.measure(context.getGraphQLSchema(), context.getDocument(),
				context.getExecutionInput().getOperationName(), context.getCoercedVariables());
		if (cost.depth() > this.limits.maxDepth()) {
			throw refuse(new LimitExceeded("max-depth", "Query depth " + cost.depth(),
					String.valueOf(this.limits.maxDepth())));
		}
		if (cost.complexity() > this.limits.maxComplexity()) {
			throw refuse(new LimitExceeded("max-complexity", "Query complexity " + cost.complexity(),
					String.valueOf(this.limits.maxComplexity())));
		}
		return SimpleInstrumentationContext.noOp();
	}

	static int countAliases(Document document) {
		int[] aliases = { 0 };
		new NodeTraverser().preOrder(new NodeVisitorStub() {

			@Override
			public TraversalControl visitField(Field field, TraverserContext<Node> context) {
				if (field.getAlias() != null) {
					aliases[0]++;
				}
				return TraversalControl.CONTINUE;
			}

		}, document);
		return aliases[0];
	}

	private static AbortExecutionException refuse(LimitExceeded limit) {
		return new AbortExecutionException(List.of(limit.toError()));
	}

}
