package org.hebeiatlas.figure;

import java.util.List;

import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.UserErrorCode;
import org.hebeiatlas.curation.UserErrors;
import org.hebeiatlas.fact.Fact;
import org.hebeiatlas.fact.Subject;
import org.hebeiatlas.fact.Subjects;
import org.hebeiatlas.source.Source;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes figures; each write is one transaction that either happens whole or not at all.
 */
@Service
@Transactional
class FigureCuration {

	private final Curation curation;

	private final FigureRepository figures;

	private final Subjects subjects;

	private final Dependants dependants;

	FigureCuration(Curation curation, FigureRepository figures, Subjects subjects, Dependants dependants) {
		this.curation = curation;
		this.figures = figures;
		this.subjects = subjects;
		this.dependants = dependants;
	}

	Figure create(FigureInput input) {
		return this.curation.create(input, Figure::new, (figure, errors) -> apply(figure, input, errors), this.figures::save);
	}

	Figure update(FigureInput input) {
		return this.curation.update(input, input.id(), Figure.class, (figure, errors) -> apply(figure, input, errors));
	}

	/** Deletes a figure with its links to sources; nothing refers to a figure. */
	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		Figure figure = this.curation.target(errors, input.id(), Figure.class);
		errors.throwIfAny();
		this.dependants.remove(figure);
		return input.id();
	}

	private void apply(Figure figure, FigureInput input, UserErrors errors) {
		// Every look-up runs before the figure changes, so that no query flushes a half-applied change.
		Subject subject = this.subjects.resolve(errors, input.subject());
		boolean removeFact = input.fact() != null && input.fact().isBlank();
		Fact fact = (input.fact() != null && !removeFact)
				? this.curation.target(errors, input.fact(), Fact.class, "fact") : null;
		Subject newSubject = (subject != null) ? subject : figure.getSubject();
		Fact newFact = (input.fact() != null) ? fact : figure.getFact();
		boolean subjectKnown = input.subject() == null || subject != null;
		if (newFact != null && subjectKnown && !Subjects.same(newFact.getSubject(), newSubject)) {
			errors.add(UserErrorCode.INVALID, (input.fact() != null)
					? "The fact is about another subject than the figure."
					: "The figure's fact is about its old subject: give a fact about the new subject, or an empty "
							+ "fact to remove it.",
					"fact");
		}
		List<Source> sources = (input.sources() != null) ? this.curation.sources(errors, input.sources(), "sources")
				: null;
		if (subject != null) {
			figure.setSubject(subject);
		}
		figure.setMetric(Curation.value(figure.getMetric(), input.metric()));
		figure.setLabel(Curation.value(figure.getLabel(), (input.label() != null) ? input.label().strip() : null));
		figure.setValue(Curation.value(figure.getValue(), input.value()));
		figure.setUnit(Curation.value(figure.getUnit(), input.unit()));
		figure.setYear(Curation.value(figure.getYear(), input.year()));
		figure.setGrowthPercent(Curation.value(figure.getGrowthPercent(), input.growthPercent()));
		figure.setApproximate(Curation.value(figure.isApproximate(), input.approximate()));
		figure.setQuote(Curation.text(figure.getQuote(), input.quote()));
		figure.setUncertain(Curation.value(figure.isUncertain(), input.uncertain()));
		if (input.fact() != null) {
			figure.setFact(fact);
		}
		if (sources != null) {
			figure.getSources().clear();
			sources.forEach(figure::addSource);
		}
	}

}
