package org.hebeiatlas.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.fieldvalidation.FieldAndArguments;
import graphql.execution.instrumentation.fieldvalidation.FieldValidation;
import graphql.execution.instrumentation.fieldvalidation.FieldValidationEnvironment;

import org.springframework.graphql.execution.ErrorType;

/**
 * Checks the arguments of every field in a request before anything runs — the paging arguments of each connection,
 * and the {@link ArgumentCheck}s of features — so that a request asking for too much, or for nonsense, is refused
 * whole, with a {@code BAD_REQUEST} error naming the argument.
 */
class ArgumentsValidation implements FieldValidation {

	private final List<ArgumentCheck> checks;

	ArgumentsValidation(List<ArgumentCheck> checks) {
		this.checks = checks;
	}

	@Override
	public List<GraphQLError> validateFields(FieldValidationEnvironment environment) {
		List<GraphQLError> errors = new ArrayList<>();
		for (FieldAndArguments field : environment.getFields()) {
			try {
				check(field);
			}
			catch (InvalidArgumentException ex) {
				errors.add(GraphqlErrorBuilder.newError()
					.errorType(ErrorType.BAD_REQUEST)
					.message(ex.getMessage())
					.path(field.getPath())
					.location(field.getField().getSourceLocation())
					.extensions(Map.of("argument", ex.getArgument()))
					.build());
			}
		}
		return errors;
	}

	private void check(FieldAndArguments field) {
		Map<String, Object> values = field.getArgumentValuesByName();
		if (field.getFieldDefinition().getArguments().stream().anyMatch((a) -> a.getName().equals("first"))) {
			new ConnectionArguments((Integer) values.get("first"), (String) values.get("after"),
					(Integer) values.get("last"), (String) values.get("before"))
				.validate();
		}
		String name = field.getFieldDefinition().getName();
		for (ArgumentCheck check : this.checks) {
			if (check.appliesTo(name)) {
				check.check(values);
			}
		}
	}

}
