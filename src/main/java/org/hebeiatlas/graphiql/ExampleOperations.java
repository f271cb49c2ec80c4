package org.hebeiatlas.graphiql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import graphql.language.Document;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The example operations of {@code graphql/operations/}, read from the classpath on each call, so that GraphiQL
 * offers exactly the examples the build holds (features add theirs by adding a file).
 */
@Component
class ExampleOperations {

	static final String LOCATION = "classpath*:graphql/operations/*.graphql";

	private final ResourcePatternResolver resources;

	private final SampleIds sampleIds;

	ExampleOperations(ResourcePatternResolver resources, SampleIds sampleIds) {
		this.resources = resources;
		this.sampleIds = sampleIds;
	}

	List<Example> list() {
		Map<String, String> queries = new TreeMap<>();
		for (Resource file : files()) {
			queries.put(file.getFilename().replaceFirst("\\.graphql$", ""), read(file));
		}
		boolean needsId = queries.values().stream().anyMatch((query) -> !requiredIds(query).isEmpty());
		String sampleId = needsId ? this.sampleIds.anyId() : null;
		return queries.entrySet()
			.stream()
			.map((entry) -> new Example(entry.getKey(), operation(entry.getValue()), description(entry.getValue()),
					entry.getValue(), variables(requiredIds(entry.getValue()), sampleId)))
			.toList();
	}

	private Resource[] files() {
		try {
			return this.resources.getResources(LOCATION);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Resource file) {
		try {
			return file.getContentAsString(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Example " + file + " cannot be read", ex);
		}
	}

	/** The comment lines the file starts with. */
	static String description(String query) {
		return query.lines()
			.takeWhile((line) -> line.startsWith("#"))
			.map((line) -> line.replaceFirst("^#\\s?", ""))
			.collect(Collectors.joining(" "))
			.trim();
	}

	/** The type of the example's operation: query, mutation or subscription. */
	static String operation(String query) {
		return Parser.parse(query)
			.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.findFirst()
			.map((operation) -> operation.getOperation().name().toLowerCase(Locale.ROOT))
			.orElse("query");
	}

	/**
	 * The variables of type {@code ID!} without a default: an example cannot run without them, so GraphiQL fills in
	 * the id of an object of the Atlas and {@code node} runs with one click. Other variables keep the file's defaults.
	 */
	static List<String> requiredIds(String query) {
		Document document = Parser.parse(query);
		return document.getDefinitionsOfType(OperationDefinition.class)
			.stream()
			.flatMap((operation) -> operation.getVariableDefinitions().stream())
			.filter((variable) -> variable.getDefaultValue() == null && variable.getType() instanceof NonNullType required
					&& required.getType() instanceof TypeName type && type.getName().equals("ID"))
			.map(VariableDefinition::getName)
			.toList();
	}

	private static Map<String, Object> variables(List<String> names, String id) {
		Map<String, Object> variables = new LinkedHashMap<>();
		if (id != null) {
			names.forEach((name) -> variables.put(name, id));
		}
		return variables;
	}

}
