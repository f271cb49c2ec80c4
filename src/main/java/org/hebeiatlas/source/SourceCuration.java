package org.hebeiatlas.source;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;
import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.OnDependants;
import org.hebeiatlas.curation.UserErrorCode;
import org.hebeiatlas.curation.UserErrors;
import org.hebeiatlas.fact.Fact;
import org.hebeiatlas.figure.Figure;
import org.hebeiatlas.graphql.GlobalId;
import org.hebeiatlas.graphql.InvalidArgumentException;
import org.hebeiatlas.model.EntityTypes;
import org.hebeiatlas.model.SourcedEntity;
import org.hibernate.Hibernate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes sources, and links them to the objects that cite them; each write is one transaction
 * that either happens whole or not at all. Facts and figures always keep at least one source.
 */
@Service
@Transactional
class SourceCuration {

	private final Curation curation;

	private final SourceRepository sources;

	private final Dependants dependants;

	private final EntityManager entityManager;

	/** Every entity type by its name; the sourced ones are those that can cite a source. */
	private final EntityTypes entityTypes;

	SourceCuration(Curation curation, SourceRepository sources, Dependants dependants, EntityManager entityManager,
			EntityTypes entityTypes) {
		this.curation = curation;
		this.sources = sources;
		this.dependants = dependants;
		this.entityManager = entityManager;
		this.entityTypes = entityTypes;
	}

	Source create(SourceInput input) {
		return this.curation.create(input, Source::new, (source, errors) -> apply(source, input, errors), this.sources::save);
	}

	Source update(SourceInput input) {
		return this.curation.update(input, input.id(), Source.class, (source, errors) -> apply(source, input, errors));
	}

	/**
	 * Deletes a source. Everything citing it is a dependant: DETACH removes the source from their source lists, unless
	 * that leaves a fact or figure without a source; DELETE is not offered.
	 */
	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		Source source = this.curation.target(errors, input.id(), Source.class);
		errors.throwIfAny();
		Map<String, List<SourcedEntity>> citing = citing(source);
		OnDependants choice = this.dependants.decide(input, new LinkedHashMap<>(citing),
				"say DETACH to remove the source from their source lists");
		if (choice == OnDependants.DELETE) {
			this.dependants.refuse("Sources are not deleted with what cites them: DETACH removes the source from "
					+ "their source lists.");
		}
		List<SourcedEntity> soleSourced = citing.values()
			.stream()
			.flatMap(List::stream)
			.filter((entity) -> mustKeepASource(entity) && entity.getSources().size() == 1)
			.toList();
		if (!soleSourced.isEmpty()) {
			errors.add(UserErrorCode.INVALID, soleSourced.size() + " facts or figures cite only this source: give "
					+ "them another source first, or delete them.", "dependants");
			errors.throwIfAny();
		}
		citing.values().forEach((list) -> list.forEach((entity) -> entity.getSources().remove(source)));
		this.dependants.remove(source);
		return input.id();
	}

	/** Adds a source to an object's sources; an object that already cites it stays as it is. */
	SourcedEntity link(SourceLinkInput input) {
		UserErrors errors = this.curation.validate(input);
		SourcedEntity target = sourced(errors, input.target());
		Source source = source(errors, input.source());
		errors.throwIfAny();
		target.addSource(source);
		return target;
	}

	/** Removes a source from an object's sources, unless it is the last source of a fact or figure. */
	SourcedEntity unlink(SourceLinkInput input) {
		UserErrors errors = this.curation.validate(input);
		SourcedEntity target = sourced(errors, input.target());
		Source source = source(errors, input.source());
		if (target != null && source != null && mustKeepASource(target) && target.getSources().contains(source)
				&& target.getSources().size() == 1) {
			errors.add(UserErrorCode.INVALID, "This is the only source of the " + typeName(target).toLowerCase(Locale.ROOT)
					+ ": link another source first.", "source");
		}
		errors.throwIfAny();
		target.getSources().remove(source);
		return target;
	}

	private void apply(Source source, SourceInput input, UserErrors errors) {
		if (input.code() != null) {
			Optional<Source> holder = this.sources.findByCode(input.code());
			if (holder.isPresent() && !holder.get().getId().equals(source.getId())) {
				errors.add(UserErrorCode.DUPLICATE, "The code '" + input.code() + "' is already taken.", "code");
			}
			source.setCode(input.code());
		}
		source.setTitle(Curation.value(source.getTitle(), (input.title() != null) ? input.title().strip() : null));
		source.setUrl(Curation.text(source.getUrl(), input.url()));
		source.setPublished(Curation.text(source.getPublished(), input.published()));
		source.setPublisher(Curation.text(source.getPublisher(), input.publisher()));
		source.setReliability(Curation.value(source.getReliability(), input.reliability()));
		source.setNote(Curation.text(source.getNote(), input.note()));
	}

	/** The objects citing a source, by the plural name of their type, leaving out types with none. */
	private Map<String, List<SourcedEntity>> citing(Source source) {
		Map<String, List<SourcedEntity>> citing = new LinkedHashMap<>();
		this.entityTypes.all().forEach((name, type) -> {
			if (SourcedEntity.class.isAssignableFrom(type)) {
				List<SourcedEntity> list = this.dependants.linking(type.asSubclass(SourcedEntity.class), "sources",
						source);
				if (!list.isEmpty()) {
					citing.put(plural(name), list);
				}
			}
		});
		return citing;
	}

	/** The sourced object a global id names; null (with a user error) when it names none. */
	private SourcedEntity sourced(UserErrors errors, String id) {
		GlobalId globalId;
		try {
			globalId = GlobalId.decode(id);
		}
		catch (InvalidArgumentException ex) {
			errors.add(UserErrorCode.INVALID, "Not an id issued by this API.", "target");
			return null;
		}
		Class<?> type = this.entityTypes.named(globalId.typeName());
		if (type != null && !SourcedEntity.class.isAssignableFrom(type)) {
			errors.add(UserErrorCode.INVALID, "A " + globalId.typeName() + " does not cite sources.", "target");
			return null;
		}
		Object entity = (type != null) ? this.entityManager.find(type, globalId.id()) : null;
		if (entity == null) {
			errors.add(UserErrorCode.NOT_FOUND, "No object has this id.", "target");
			return null;
		}
		return (SourcedEntity) entity;
	}

	private Source source(UserErrors errors, String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		Optional<Source> source = this.sources.findByCode(code);
		if (source.isEmpty()) {
			errors.add(UserErrorCode.NOT_FOUND, "No source has the code '" + code + "'.", "source");
		}
		return source.orElse(null);
	}

	private static boolean mustKeepASource(SourcedEntity entity) {
		return entity instanceof Fact || entity instanceof Figure;
	}

	private String typeName(SourcedEntity entity) {
		return this.entityManager.getMetamodel().entity(Hibernate.getClass(entity)).getName();
	}

	private static String plural(String typeName) {
		String lower = typeName.toLowerCase(Locale.ROOT);
		return lower.endsWith("y") ? lower.substring(0, lower.length() - 1) + "ies" : lower + "s";
	}

}
