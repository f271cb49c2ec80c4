package org.hebeiatlas.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.hebeiatlas.graphql.GlobalId;
import org.hebeiatlas.graphql.InvalidArgumentException;
import org.hebeiatlas.model.BaseEntity;
import org.hebeiatlas.model.SourcedEntity;
import org.hebeiatlas.source.Source;
import org.hebeiatlas.source.SourceRepository;

import org.springframework.stereotype.Component;

/**
 * The checks every write shares: Bean Validation of the input, the object a write targets, references by slug or
 * source code, and the sources of an object.
 */
@Component
public class Curation {

	private final Validator validator;

	private final EntityManager entityManager;

	private final SourceRepository sources;

	Curation(Validator validator, EntityManager entityManager, SourceRepository sources) {
		this.validator = validator;
		this.entityManager = entityManager;
		this.sources = sources;
	}

	/**
	 * Creates an object from an input: checks the input, applies it to a new object, and saves it unless anything was
	 * wrong (then the write rolls back with every user error).
	 */
	public <T> T create(Object input, Supplier<T> newObject, Changes<T> changes, UnaryOperator<T> save) {
		UserErrors errors = validate(input);
		T created = newObject.get();
		changes.apply(created, errors);
		errors.throwIfAny();
		return save.apply(created);
	}

	/** Changes the object an input's id names, as {@link #create} does, rolling back when anything was wrong. */
	public <T extends BaseEntity> T update(Object input, String id, Class<T> type, Changes<T> changes) {
		UserErrors errors = validate(input);
		T target = target(errors, id, type);
		if (target != null) {
			changes.apply(target, errors);
		}
		errors.throwIfAny();
		return target;
	}

	/** Applies an input's fields to an object, reporting what is wrong. */
	@FunctionalInterface
	public interface Changes<T> {

		void apply(T object, UserErrors errors);

	}

	/** Starts the errors of a write with the input's Bean Validation violations. */
	public UserErrors validate(Object input) {
		UserErrors errors = new UserErrors();
		for (ConstraintViolation<Object> violation : this.validator.validate(input)) {
			errors.add(UserErrorCode.INVALID, violation.getMessage(), path(violation.getPropertyPath()));
		}
		return errors;
	}

	/**
	 * The object a write targets, by its global id; null (with a user error) when the id is malformed, of another
	 * type, or names nothing.
	 */
	public <T extends BaseEntity> T target(UserErrors errors, String id, Class<T> type, String... field) {
		String[] path = (field.length > 0) ? field : new String[] { "id" };
		GlobalId globalId;
		try {
			globalId = GlobalId.decode(id);
		}
		catch (InvalidArgumentException ex) {
			errors.add(UserErrorCode.INVALID, "Not an id issued by this API.", path);
			return null;
		}
		T entity = globalId.typeName().equals(type.getSimpleName())
				? this.entityManager.find(type, globalId.id()) : null;
		if (entity == null) {
			errors.add(UserErrorCode.NOT_FOUND, "No " + type.getSimpleName() + " has this id.", path);
		}
		return entity;
	}

	/** The object a slug names; null (with a user error) when it names nothing. Null slugs are not looked up. */
	public <T> T reference(UserErrors errors, String slug, Function<String, Optional<T>> finder, String what,
			String... field) {
		if (slug == null) {
			return null;
		}
		Optional<T> found = finder.apply(slug);
		if (found.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "No " + what + " has the slug '" + slug + "'.", field);
		}
		return found.orElse(null);
	}

	/** Reports a slug already taken by another object. */
	public void unique(UserErrors errors, Optional<? extends BaseEntity> holder, BaseEntity self, String slug,
			String... field) {
		if (holder.isPresent() && holder.get() != self && !holder.get().getId().equals(self.getId())) {
			errors.add(UserErrorCode.DUPLICATE, "The slug '" + slug + "' is already taken.", field);
		}
	}

	/** The sources that codes name, in order; unknown codes are user errors. */
	public List<Source> sources(UserErrors errors, List<String> codes, String... field) {
		Map<String, Source> found = new LinkedHashMap<>();
		List<Source> resolved = new ArrayList<>();
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			Source source = found.computeIfAbsent(code, (c) -> this.sources.findByCode(c).orElse(null));
			if (source == null) {
				String[] path = append(field, String.valueOf(i));
				errors.add(UserErrorCode.NOT_FOUND, "No source has the code '" + code + "'.", path);
			}
			else if (!resolved.contains(source)) {
				resolved.add(source);
			}
		}
		return resolved;
	}

	/** Replaces an object's sources when the input gives them. */
	public void replaceSources(UserErrors errors, SourcedEntity entity, List<String> codes) {
		if (codes != null) {
			List<Source> resolved = sources(errors, codes, "sources");
			entity.getSources().clear();
			resolved.forEach(entity::addSource);
		}
	}

	/** The new value of an optional text field: unchanged when not given, cleared when given empty. */
	public static String text(String current, String given) {
		if (given == null) {
			return current;
		}
		return given.isBlank() ? null : given.strip();
	}

	/** The new value of any other field: unchanged when not given. */
	public static <V> V value(V current, V given) {
		return (given != null) ? given : current;
	}

	private static String[] path(Path propertyPath) {
		List<String> names = new ArrayList<>();
		for (Path.Node node : propertyPath) {
			if (node.getIndex() != null) {
				names.add(String.valueOf(node.getIndex()));
			}
			if (node.getName() != null && !node.getName().startsWith("<")) {
				names.add(node.getName());
			}
		}
		return names.toArray(String[]::new);
	}

	private static String[] append(String[] path, String last) {
		String[] appended = java.util.Arrays.copyOf(path, path.length + 1);
		appended[path.length] = last;
		return appended;
	}

}
