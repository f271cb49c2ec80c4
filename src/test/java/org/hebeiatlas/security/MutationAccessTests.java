package org.hebeiatlas.security;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLFieldDefinition;
import org.hebeiatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.util.ReflectionUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation of the schema is served by a controller method that only curators may call, so that a new mutation
 * cannot be added without access control.
 */
@AtlasIntegrationTest
class MutationAccessTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private GraphQlSource graphQlSource;

	@Test
	void shouldRequireACuratorForEveryMutation() {
		List<String> guarded = new ArrayList<>();
		List<String> unguarded = new ArrayList<>();
		for (Object controller : this.context.getBeansWithAnnotation(Controller.class).values()) {
			Class<?> type = AopUtils.getTargetClass(controller);
			ReflectionUtils.doWithMethods(type, (method) -> {
				MutationMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, MutationMapping.class);
				if (mapping != null) {
					String field = mapping.name().isEmpty() ? method.getName() : mapping.name();
					(isCuratorOnly(type, method) ? guarded : unguarded).add(field);
				}
			});
		}
		List<String> mutations = this.graphQlSource.schema()
			.getMutationType()
			.getFieldDefinitions()
			.stream()
			.map(GraphQLFieldDefinition::getName)
			.toList();
		assertThat(unguarded).isEmpty();
		assertThat(guarded).containsExactlyInAnyOrderElementsOf(mutations);
	}

	private static boolean isCuratorOnly(Class<?> type, Method method) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(type, PreAuthorize.class);
		}
		return rule != null && rule.value().equals("hasRole('CURATOR')");
	}

}
