package org.hebeiatlas.search;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMapping;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessor;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorContext;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.processing.PropertyMappingAnnotationProcessorRef;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.PropertyMappingStep;

/**
 * Maps a text property (or a collection of texts) to the two full-text fields that the query parser expects: one
 * named like the property for English words and Chinese bigrams, and a {@code _zh} twin segmented into Chinese words.
 * The first keeps the text, from which {@link SearchHighlighter} cuts the fragments of a hit that matched.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@PropertyMapping(processor = @PropertyMappingAnnotationProcessorRef(type = SearchText.Processor.class))
public @interface SearchText {

	/** Suffix of the Chinese-word twin of a text field. */
	String CHINESE_SUFFIX = "_zh";

	/** Applies {@link SearchText} to a property. */
	class Processor implements PropertyMappingAnnotationProcessor<SearchText> {

		@Override
		public void process(PropertyMappingStep mapping, SearchText annotation,
				PropertyMappingAnnotationProcessorContext context) {
			String name = context.annotatedElement().name();
			mapping.fullTextField(name)
				.analyzer(AtlasAnalyzers.TEXT)
				.searchAnalyzer(AtlasAnalyzers.TEXT_QUERY)
				.projectable(Projectable.YES);
			mapping.fullTextField(name + CHINESE_SUFFIX).analyzer(AtlasAnalyzers.CHINESE);
		}

	}

}
