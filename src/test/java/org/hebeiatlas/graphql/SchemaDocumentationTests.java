package org.hebeiatlas.graphql;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLUnionType;
import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schema is the documentation GraphiQL shows: every type, field, input field and enum value has a description.
 */
@AtlasIntegrationTest
class SchemaDocumentationTests {

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void shouldDescribeEveryTypeAndField() {
		GraphQLSchema schema = this.graphQlSource.schema();
		List<String> undescribed = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__") || type instanceof GraphQLScalarType) {
				continue;
			}
			if (!(type instanceof GraphQLFieldsContainer container && isRoot(schema, container))) {
				check(undescribed, type.getName(), type.getDescription());
			}
			if (type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions()
					.forEach((field) -> check(undescribed, type.getName() + "." + field.getName(),
							field.getDescription()));
			}
			else if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.forEach((field) -> check(undescribed, type.getName() + "." + field.getName(),
							field.getDescription()));
			}
			else if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.forEach((value) -> check(undescribed, type.getName() + "." + value.getName(),
							value.getDescription()));
			}
			else if (type instanceof GraphQLUnionType) {
				check(undescribed, type.getName(), type.getDescription());
			}
		}
		assertThat(undescribed).isEmpty();
	}

	private static boolean isRoot(GraphQLSchema schema, GraphQLFieldsContainer type) {
		return type == schema.getQueryType() || type == schema.getMutationType();
	}

	private static void check(List<String> undescribed, String name, String description) {
		if (description == null || description.isBlank()) {
			undescribed.add(name);
		}
	}

}
