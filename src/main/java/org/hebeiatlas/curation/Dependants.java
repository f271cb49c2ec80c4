package org.hebeiatlas.curation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * Finds the objects that still refer to one about to be deleted, and applies the client's choice of what happens to
 * them. Changes go through JPA entities so that the search index follows them.
 */
@Component
public class Dependants {

	private final EntityManager entityManager;

	Dependants(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/** Objects of a type whose many-to-one {@code attribute} points at the target. */
	public <T> List<T> referring(Class<T> type, String attribute, Object target) {
		// Entity and attribute names are constants of the calling code, never client input.
		return this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e where e." + attribute + " = :target", type)
			.setParameter("target", target)
			.getResultList();
	}

	/** Objects of a type whose collection {@code attribute} contains the target. */
	public <T> List<T> linking(Class<T> type, String attribute, Object target) {
		return this.entityManager
			.createQuery("select e from " + type.getSimpleName() + " e join e." + attribute + " x where x = :target",
					type)
			.setParameter("target", target)
			.getResultList();
	}

	/**
	 * What to do with the dependants: the client's choice, or a user error (rolling the write back) when there are
	 * dependants and the client did not choose.
	 * @param dependants lists of dependants by what they are, such as "companies"
	 */
	public OnDependants decide(DeleteInput input, Map<String, List<?>> dependants) {
		return decide(input, dependants, "say what happens to them with dependants: DETACH or DELETE");
	}

	/**
	 * As {@link #decide(DeleteInput, Map)}, for an object whose dependants allow fewer choices.
	 * @param remedy what the client can say instead, such as "say DETACH to remove the source from their lists"
	 */
	public OnDependants decide(DeleteInput input, Map<String, List<?>> dependants, String remedy) {
		Map<String, Integer> counts = new LinkedHashMap<>();
		dependants.forEach((what, list) -> {
			if (!list.isEmpty()) {
				counts.put(what, list.size());
			}
		});
		OnDependants choice = input.dependantsOrDefault();
		if (choice == OnDependants.REFUSE && !counts.isEmpty()) {
			List<String> described = new ArrayList<>();
			counts.forEach((what, count) -> described.add(count + " " + what));
			UserErrors errors = new UserErrors();
			errors.add(UserErrorCode.STILL_REFERENCED,
					"Still referred to by " + String.join(", ", described) + "; " + remedy + ".", "dependants");
			errors.throwIfAny();
		}
		return choice;
	}

	/** Refuses a choice that this kind of object does not offer. */
	public void refuse(String message) {
		UserErrors errors = new UserErrors();
		errors.add(UserErrorCode.INVALID, message, "dependants");
		errors.throwIfAny();
	}

	public void remove(Object entity) {
		this.entityManager.remove(entity);
	}

}
