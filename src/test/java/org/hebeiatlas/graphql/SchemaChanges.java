package org.hebeiatlas.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The changes between two versions of a schema, sorted as graphql-inspector sorts them: breaking changes, which can
 * fail a client written against the old version (a removed type, field, argument, enum value, union member or
 * interface; a changed type; a new required argument or input field), and the others (additions, and changes such as
 * an output field becoming non-null or an argument becoming optional).
 */
record SchemaChanges(List<String> breaking, List<String> nonBreaking) {

	static SchemaChanges between(String oldSdl, String newSdl) {
		return between(schema(oldSdl), schema(newSdl));
	}

	static SchemaChanges between(GraphQLSchema old, GraphQLSchema now) {
		Collector changes = new Collector();
		changes.compareRoot("query", old.getQueryType(), now.getQueryType());
		changes.compareRoot("mutation", old.getMutationType(), now.getMutationType());
		changes.compareRoot("subscription", old.getSubscriptionType(), now.getSubscriptionType());
		Map<String, GraphQLNamedType> oldTypes = types(old);
		Map<String, GraphQLNamedType> newTypes = types(now);
		oldTypes.forEach((name, type) -> changes.compareType(type, newTypes.get(name)));
		newTypes.keySet()
			.stream()
			.filter((name) -> !oldTypes.containsKey(name))
			.forEach((name) -> changes.nonBreaking("Type '" + name + "' was added"));
		return new SchemaChanges(List.copyOf(changes.breaking), List.copyOf(changes.nonBreaking));
	}

	private static GraphQLSchema schema(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

	private static Map<String, GraphQLNamedType> types(GraphQLSchema schema) {
		return schema.getAllTypesAsList()
			.stream()
			.filter((type) -> !type.getName().startsWith("__"))
			.collect(Collectors.toMap(GraphQLNamedType::getName, Function.identity()));
	}

	private static String print(GraphQLType type) {
		return GraphQLTypeUtil.simplePrint(type);
	}

	/** Whether a client reading the old output type can read the new one: it may only get stricter (non-null). */
	static boolean isSafeOutputChange(GraphQLType old, GraphQLType now) {
		if (now instanceof GraphQLNonNull nonNull) {
			GraphQLType oldInner = (old instanceof GraphQLNonNull oldNonNull) ? oldNonNull.getWrappedType() : old;
			return isSafeOutputChange(oldInner, nonNull.getWrappedType());
		}
		if (old instanceof GraphQLNonNull) {
			return false;
		}
		if (old instanceof GraphQLList oldList && now instanceof GraphQLList newList) {
			return isSafeOutputChange(oldList.getWrappedType(), newList.getWrappedType());
		}
		return !(old instanceof GraphQLList) && !(now instanceof GraphQLList) && print(old).equals(print(now));
	}

	/** Whether every value a client sent for the old input type is valid for the new one: it may only get looser. */
	static boolean isSafeInputChange(GraphQLType old, GraphQLType now) {
		if (old instanceof GraphQLNonNull nonNull) {
			GraphQLType newInner = (now instanceof GraphQLNonNull newNonNull) ? newNonNull.getWrappedType() : now;
			return isSafeInputChange(nonNull.getWrappedType(), newInner);
		}
		if (now instanceof GraphQLNonNull) {
			return false;
		}
		if (old instanceof GraphQLList oldList && now instanceof GraphQLList newList) {
			return isSafeInputChange(oldList.getWrappedType(), newList.getWrappedType());
		}
		return !(old instanceof GraphQLList) && !(now instanceof GraphQLList) && print(old).equals(print(now));
	}

	private static boolean isRequired(GraphQLInputType type, boolean hasDefault) {
		return type instanceof GraphQLNonNull && !hasDefault;
	}

	private static final class Collector {

		private final List<String> breaking = new ArrayList<>();

		private final List<String> nonBreaking = new ArrayList<>();

		void breaking(String change) {
			this.breaking.add(change);
		}

		void nonBreaking(String change) {
			this.nonBreaking.add(change);
		}

		void compareRoot(String operation, GraphQLObjectType old, GraphQLObjectType now) {
			String oldName = (old != null) ? old.getName() : null;
			String newName = (now != null) ? now.getName() : null;
			if (oldName != null && !oldName.equals(newName)) {
				breaking("Root " + operation + " type changed from '" + oldName + "' to '" + newName + "'");
			}
			else if (oldName == null && newName != null) {
				nonBreaking("Root " + operation + " type '" + newName + "' was added");
			}
		}

		void compareType(GraphQLNamedType old, GraphQLNamedType now) {
			String name = old.getName();
			if (now == null) {
				breaking("Type '" + name + "' was removed");
			}
			else if (old.getClass() != now.getClass()) {
				breaking("Type '" + name + "' changed kind from " + kind(old) + " to " + kind(now));
			}
			else {
				if (old instanceof GraphQLFieldsContainer oldFields) {
					compareFields(oldFields, (GraphQLFieldsContainer) now);
				}
				if (old instanceof GraphQLImplementingType oldImplementing) {
					compareInterfaces(oldImplementing, (GraphQLImplementingType) now);
				}
				if (old instanceof GraphQLInputObjectType oldInput) {
					compareInputFields(oldInput, (GraphQLInputObjectType) now);
				}
				if (old instanceof GraphQLEnumType oldEnum) {
					compareEnumValues(oldEnum, (GraphQLEnumType) now);
				}
				if (old instanceof GraphQLUnionType oldUnion) {
					compareMembers(oldUnion, (GraphQLUnionType) now);
				}
			}
		}

		private static String kind(GraphQLNamedType type) {
			return type.getClass().getSimpleName().replace("GraphQL", "").replace("Type", "").toLowerCase(Locale.ROOT);
		}

		private void compareFields(GraphQLFieldsContainer old, GraphQLFieldsContainer now) {
			for (GraphQLFieldDefinition oldField : old.getFieldDefinitions()) {
				String path = old.getName() + "." + oldField.getName();
				GraphQLFieldDefinition newField = now.getFieldDefinition(oldField.getName());
				if (newField == null) {
					breaking("Field '" + path + "' was removed");
					continue;
				}
				compareTypes(path, oldField.getType(), newField.getType(), true);
				compareArguments(path, oldField, newField);
			}
			for (GraphQLFieldDefinition newField : now.getFieldDefinitions()) {
				if (old.getFieldDefinition(newField.getName()) == null) {
					nonBreaking("Field '" + now.getName() + "." + newField.getName() + "' was added");
				}
			}
		}

		private void compareArguments(String path, GraphQLFieldDefinition old, GraphQLFieldDefinition now) {
			for (GraphQLArgument oldArgument : old.getArguments()) {
				String argumentPath = path + "(" + oldArgument.getName() + ":)";
				GraphQLArgument newArgument = now.getArgument(oldArgument.getName());
				if (newArgument == null) {
					breaking("Argument '" + argumentPath + "' was removed");
				}
				else {
					compareTypes("Argument '" + argumentPath + "'", oldArgument.getType(), newArgument.getType(),
							false);
				}
			}
			for (GraphQLArgument newArgument : now.getArguments()) {
				if (old.getArgument(newArgument.getName()) == null) {
					String argumentPath = path + "(" + newArgument.getName() + ":)";
					if (isRequired(newArgument.getType(), newArgument.hasSetDefaultValue())) {
						breaking("Required argument '" + argumentPath + "' was added");
					}
					else {
						nonBreaking("Optional argument '" + argumentPath + "' was added");
					}
				}
			}
		}

		private void compareInputFields(GraphQLInputObjectType old, GraphQLInputObjectType now) {
			for (GraphQLInputObjectField oldField : old.getFieldDefinitions()) {
				String path = old.getName() + "." + oldField.getName();
				GraphQLInputObjectField newField = now.getFieldDefinition(oldField.getName());
				if (newField == null) {
					breaking("Input field '" + path + "' was removed");
				}
				else {
					compareTypes("Input field '" + path + "'", oldField.getType(), newField.getType(), false);
				}
			}
			for (GraphQLInputObjectField newField : now.getFieldDefinitions()) {
				if (old.getFieldDefinition(newField.getName()) == null) {
					String path = now.getName() + "." + newField.getName();
					if (isRequired(newField.getType(), newField.hasSetDefaultValue())) {
						breaking("Required input field '" + path + "' was added");
					}
					else {
						nonBreaking("Optional input field '" + path + "' was added");
					}
				}
			}
		}

		private void compareTypes(String what, GraphQLType old, GraphQLType now, boolean output) {
			if (print(old).equals(print(now))) {
				return;
			}
			String subject = output ? "Field '" + what + "'" : what;
			String change = subject + " changed type from '" + print(old) + "' to '" + print(now) + "'";
			boolean safe = output ? isSafeOutputChange(old, now) : isSafeInputChange(old, now);
			if (safe) {
				nonBreaking(change);
			}
			else {
				breaking(change);
			}
		}

		private void compareInterfaces(GraphQLImplementingType old, GraphQLImplementingType now) {
			List<String> oldNames = old.getInterfaces().stream().map(GraphQLNamedType::getName).toList();
			List<String> newNames = now.getInterfaces().stream().map(GraphQLNamedType::getName).toList();
			oldNames.stream()
				.filter((name) -> !newNames.contains(name))
				.forEach((name) -> breaking("Type '" + old.getName() + "' no longer implements '" + name + "'"));
			newNames.stream()
				.filter((name) -> !oldNames.contains(name))
				.forEach((name) -> nonBreaking("Type '" + now.getName() + "' now implements '" + name + "'"));
		}

		private void compareEnumValues(GraphQLEnumType old, GraphQLEnumType now) {
			List<String> oldValues = old.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
			List<String> newValues = now.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
			oldValues.stream()
				.filter((value) -> !newValues.contains(value))
				.forEach((value) -> breaking("Enum value '" + old.getName() + "." + value + "' was removed"));
			newValues.stream()
				.filter((value) -> !oldValues.contains(value))
				.forEach((value) -> nonBreaking("Enum value '" + now.getName() + "." + value
						+ "' was added (dangerous: clients that switch over every value may not expect it)"));
		}

		private void compareMembers(GraphQLUnionType old, GraphQLUnionType now) {
			List<String> oldMembers = old.getTypes().stream().map(GraphQLNamedType::getName).toList();
			List<String> newMembers = now.getTypes().stream().map(GraphQLNamedType::getName).toList();
			oldMembers.stream()
				.filter((member) -> !newMembers.contains(member))
				.forEach((member) -> breaking("Union member '" + old.getName() + "." + member + "' was removed"));
			newMembers.stream()
				.filter((member) -> !oldMembers.contains(member))
				.forEach((member) -> nonBreaking("Union member '" + now.getName() + "." + member + "' was added"));
		}

	}

}
