package org.hebeiatlas.fact;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hebeiatlas.graphql.InterfaceField;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The facts of every {@code Documented} subject, and what each fact is about.
 */
@Controller
class FactController {

	private static final String LOADER = "facts";

	private final FactRepository facts;

	private final SubjectResolver subjects;

	FactController(FactRepository facts, SubjectResolver subjects, BatchLoaderRegistry registry) {
		this.facts = facts;
		this.subjects = subjects;
		registry.<Object, List<Fact>>forName(LOADER)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> factsOf(keys)));
	}

	@Bean
	static InterfaceField documentedFacts() {
		return new InterfaceField("Documented", "facts", LOADER);
	}

	@BatchMapping(typeName = "Fact")
	Map<Fact, Object> subject(List<Fact> facts) {
		return this.subjects.subjectsOf(facts, Fact::getSubject);
	}

	private Map<Object, List<Fact>> factsOf(Set<Object> subjects) {
		return SubjectBatches.load(subjects, this.facts, Fact::getSubject);
	}

}
