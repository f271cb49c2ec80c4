package org.hebeiatlas.fact;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.OnDependants;
import org.hebeiatlas.curation.UserErrorCode;
import org.hebeiatlas.curation.UserErrors;
import org.hebeiatlas.figure.Figure;
import org.hebeiatlas.model.Entities;
import org.hebeiatlas.source.Source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes facts; each write is one transaction that either happens whole or not at all.
 */
@Service
@Transactional
class FactCuration {

	private final Curation curation;

	private final FactRepository facts;

	private final Subjects subjects;

	private final Dependants dependants;

	FactCuration(Curation curation, FactRepository facts, Subjects subjects, Dependants dependants) {
		this.curation = curation;
		this.facts = facts;
		this.subjects = subjects;
		this.dependants = dependants;
	}

	Fact create(FactInput input) {
		return this.curation.create(input, Fact::new, (fact, errors) -> apply(fact, input, errors), this.facts::save);
	}

	Fact update(FactInput input) {
		return this.curation.update(input, input.id(), Fact.class, (fact, errors) -> apply(fact, input, errors));
	}

	/** Deletes a fact; the figures read from it are its dependants: DETACH keeps them, DELETE deletes them. */
	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		Fact fact = this.curation.target(errors, input.id(), Fact.class);
		errors.throwIfAny();
		List<Figure> figures = this.dependants.referring(Figure.class, "fact", fact);
		OnDependants choice = this.dependants.decide(input, Map.of("figures", figures));
		if (choice == OnDependants.DELETE) {
			figures.forEach(this.dependants::remove);
		}
		else {
			figures.forEach((figure) -> figure.setFact(null));
		}
		this.dependants.remove(fact);
		return input.id();
	}

	private void apply(Fact fact, FactInput input, UserErrors errors) {
		// Every look-up runs before the fact changes, so that no query flushes a half-applied change.
		Subject subject = this.subjects.resolve(errors, input.subject());
		boolean moves = subject != null && (fact.isNew() || !Subjects.same(subject, fact.getSubject()));
		if (moves && !fact.isNew()) {
			List<Figure> figures = this.dependants.referring(Figure.class, "fact", fact);
			if (!figures.isEmpty()) {
				errors.add(UserErrorCode.INVALID, figures.size() + " figures read from this fact are about its "
						+ "current subject: delete them or detach them from the fact first.", "subject");
			}
		}
		int position = moves ? nextPosition(subject) : fact.getPosition();
		List<Source> sources = (input.sources() != null) ? this.curation.sources(errors, input.sources(), "sources")
				: null;
		fact.setText(Curation.value(fact.getText(), (input.text() != null) ? input.text().strip() : null));
		fact.setYear(Curation.value(fact.getYear(), input.year()));
		fact.setUncertain(Curation.value(fact.isUncertain(), input.uncertain()));
		fact.setNote(Curation.text(fact.getNote(), input.note()));
		if (moves) {
			fact.setSubject(subject);
			fact.setPosition(position);
		}
		if (sources != null) {
			fact.getSources().clear();
			sources.forEach(fact::addSource);
		}
	}

	/** The position after the last of a subject's facts, where a fact newly about it goes. */
	private int nextPosition(Subject subject) {
		List<Fact> told;
		if (subject.getCounty() != null) {
			told = this.facts.findByCountyIds(Set.of(Entities.idOf(subject.getCounty())));
		}
		else if (subject.getCluster() != null) {
			told = this.facts.findByClusterIds(Set.of(Entities.idOf(subject.getCluster())));
		}
		else if (subject.getCompany() != null) {
			told = this.facts.findByCompanyIds(Set.of(Entities.idOf(subject.getCompany())));
		}
		else {
			told = this.facts.findProvincial();
		}
		return told.stream().mapToInt(Fact::getPosition).max().orElse(-1) + 1;
	}

}
