package org.hebeiatlas.figure;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hebeiatlas.fact.Fact;
import org.hebeiatlas.fact.FactRepository;
import org.hebeiatlas.fact.SubjectBatches;
import org.hebeiatlas.fact.SubjectResolver;
import org.hebeiatlas.graphql.InterfaceField;
import org.hebeiatlas.model.Entities;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * The figures of every {@code Documented} subject and of each fact, and what each figure is about.
 */
@Controller
class FigureController {

	private static final String LOADER = "figures";

	private final FigureRepository figures;

	private final FactRepository facts;

	private final SubjectResolver subjects;

	FigureController(FigureRepository figures, FactRepository facts, SubjectResolver subjects,
			BatchLoaderRegistry registry) {
		this.figures = figures;
		this.facts = facts;
		this.subjects = subjects;
		registry.<Object, List<Figure>>forName(LOADER)
			.registerMappedBatchLoader((keys, environment) -> Mono.fromCallable(() -> figuresOf(keys)));
	}

	@Bean
	static InterfaceField documentedFigures() {
		return new InterfaceField("Documented", "figures", LOADER);
	}

	@BatchMapping(typeName = "Fact")
	Map<Fact, List<Figure>> figures(List<Fact> facts) {
		return Entities.groupUnder(facts, this.figures.findByFactIdInOrderById(Entities.ids(facts)),
				(figure) -> Entities.idOf(figure.getFact()));
	}

	@BatchMapping(typeName = "Figure")
	Map<Figure, Object> subject(List<Figure> figures) {
		return this.subjects.subjectsOf(figures, Figure::getSubject);
	}

	@BatchMapping(typeName = "Figure")
	Map<Figure, Fact> fact(List<Figure> figures) {
		return Entities.mapToOne(figures, Figure::getFact,
				this.facts.findAllById(Entities.referencedIds(figures, Figure::getFact)));
	}

	private Map<Object, List<Figure>> figuresOf(Set<Object> subjects) {
		return SubjectBatches.load(subjects, this.figures, Figure::getSubject);
	}

}
