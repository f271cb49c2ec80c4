package org.hebeiatlas.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Logs one line per GraphQL request saying what it did: operation type and name, duration, and how many errors of
 * which kinds. Never the document, the variables or the data, which may hold what a client would not publish.
 */
@Component
class RequestLogInstrumentation extends SimplePerformantInstrumentation {

	private static final Logger logger = LoggerFactory.getLogger(RequestLogInstrumentation.class);

	private static final String OPERATION = RequestLogInstrumentation.class.getName() + ".operation";

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		if (!logger.isInfoEnabled()) {
			return SimpleInstrumentationContext.noOp();
		}
		long start = System.nanoTime();
		GraphQLContext context = parameters.getGraphQLContext();
		String requestId = String.valueOf(parameters.getExecutionInput().getExecutionId());
		return SimpleInstrumentationContext.whenCompleted((result, failure) -> {
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
			OperationDefinition operation = context.get(OPERATION);
			List<GraphQLError> errors = (result != null) ? result.getErrors() : List.of();
			logger.info("GraphQL {} {} ms, {} error(s){} [request {}]", describe(operation), millis, errors.size(),
					kinds(errors, failure), requestId);
		});
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		var execution = parameters.getExecutionContext();
		execution.getGraphQLContext().put(OPERATION, execution.getOperationDefinition());
		return SimpleInstrumentationContext.noOp();
	}

	private static String describe(OperationDefinition operation) {
		if (operation == null) {
			return "request (not executed):";
		}
		String type = operation.getOperation().name().toLowerCase(Locale.ROOT);
		return type + " " + Objects.requireNonNullElse(operation.getName(), "(anonymous)") + ":";
	}

	private static String kinds(List<GraphQLError> errors, Throwable failure) {
		List<String> kinds = errors.stream()
			.map((error) -> String.valueOf(error.getErrorType()))
			.distinct()
			.sorted()
			.toList();
		String failed = (failure != null) ? " failed with " + failure.getClass().getSimpleName() : "";
		return (kinds.isEmpty() ? "" : " " + kinds) + failed;
	}

}
