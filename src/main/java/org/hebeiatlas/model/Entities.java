package org.hebeiatlas.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Helpers for loading relations of many entities at once (the batch loaders behind GraphQL relation fields).
 */
public final class Entities {

	private Entities() {
	}

	/**
	 * The id of an entity or of an uninitialised lazy reference, read without touching the database (the reference may
	 * be detached).
	 */
	public static Long idOf(BaseEntity entity) {
		if (entity == null) {
			return null;
		}
		LazyInitializer lazy = HibernateProxy.extractLazyInitializer(entity);
		return (lazy != null) ? (Long) lazy.getInternalIdentifier() : entity.getId();
	}

	public static Set<Long> ids(Collection<? extends BaseEntity> entities) {
		Set<Long> ids = new LinkedHashSet<>();
		for (BaseEntity entity : entities) {
			ids.add(idOf(entity));
		}
		return ids;
	}

	/**
	 * Groups children under their parents, keyed by the very parent instances given (GraphQL batch loaders look them
	 * up by identity); every parent gets a list, empty when it has no children.
	 */
	public static <P extends BaseEntity, C> Map<P, List<C>> groupUnder(Collection<P> parents, Collection<C> children,
			Function<C, Long> parentIdOfChild) {
		Map<Long, List<C>> byParentId = new LinkedHashMap<>();
		for (C child : children) {
			byParentId.computeIfAbsent(parentIdOfChild.apply(child), (id) -> new ArrayList<>()).add(child);
		}
		Map<P, List<C>> grouped = new IdentityHashMap<>();
		for (P parent : parents) {
			grouped.put(parent, byParentId.getOrDefault(idOf(parent), List.of()));
		}
		return grouped;
	}

	/** Groups the targets of links under their owners, as {@link #groupUnder} does. */
	public static <P extends BaseEntity, T> Map<P, List<T>> groupLinks(Collection<P> parents, List<Link<T>> links) {
		Map<P, List<Link<T>>> grouped = groupUnder(parents, links, Link::ownerId);
		Map<P, List<T>> targets = new IdentityHashMap<>();
		grouped.forEach((parent, parentLinks) -> targets.put(parent, parentLinks.stream().map(Link::target).toList()));
		return targets;
	}

	/**
	 * Maps each child to its one referenced entity (a many-to-one), given the loaded referenced entities; children
	 * without a reference are left out.
	 */
	public static <C, R extends BaseEntity> Map<C, R> mapToOne(Collection<C> children, Function<C, BaseEntity> reference,
			Collection<R> loaded) {
		Map<Long, R> byId = new LinkedHashMap<>();
		loaded.forEach((entity) -> byId.put(entity.getId(), entity));
		Map<C, R> mapped = new IdentityHashMap<>();
		for (C child : children) {
			R target = byId.get(idOf(reference.apply(child)));
			if (target != null) {
				mapped.put(child, target);
			}
		}
		return mapped;
	}

	/** Ids of the entities that children reference (a many-to-one), without duplicates or nulls. */
	public static <C> Set<Long> referencedIds(Collection<C> children, Function<C, BaseEntity> reference) {
		Set<Long> ids = new LinkedHashSet<>();
		for (C child : children) {
			Long id = idOf(reference.apply(child));
			if (id != null) {
				ids.add(id);
			}
		}
		return ids;
	}

}
