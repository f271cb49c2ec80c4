package org.hebeiatlas.plan;

import org.hebeiatlas.curation.Curation;
import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.Dependants;
import org.hebeiatlas.curation.UserErrors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and deletes plans; each write is one transaction that either happens whole or not at all.
 */
@Service
@Transactional
class PlanCuration {

	private final Curation curation;

	private final PlanRepository plans;

	private final Dependants dependants;

	PlanCuration(Curation curation, PlanRepository plans, Dependants dependants) {
		this.curation = curation;
		this.plans = plans;
		this.dependants = dependants;
	}

	Plan create(PlanInput input) {
		return this.curation.create(input, Plan::new, (plan, errors) -> apply(plan, input, errors), this.plans::save);
	}

	Plan update(PlanInput input) {
		return this.curation.update(input, input.id(), Plan.class, (plan, errors) -> apply(plan, input, errors));
	}

	/** Deletes a plan with its links to sources; nothing else refers to a plan. */
	String delete(DeleteInput input) {
		UserErrors errors = new UserErrors();
		Plan plan = this.curation.target(errors, input.id(), Plan.class);
		errors.throwIfAny();
		this.dependants.remove(plan);
		return input.id();
	}

	private void apply(Plan plan, PlanInput input, UserErrors errors) {
		if (input.slug() != null) {
			this.curation.unique(errors, this.plans.findBySlug(input.slug()), plan, input.slug(), "slug");
			plan.setSlug(input.slug());
		}
		plan.setName(Curation.value(plan.getName(), input.name()));
		plan.setNameZh(Curation.text(plan.getNameZh(), input.nameZh()));
		plan.setIssuer(Curation.text(plan.getIssuer(), input.issuer()));
		plan.setIssued(Curation.text(plan.getIssued(), input.issued()));
		plan.setYear(Curation.value(plan.getYear(), input.year()));
		plan.setDescription(Curation.text(plan.getDescription(), input.description()));
		plan.setUncertain(Curation.value(plan.isUncertain(), input.uncertain()));
		this.curation.replaceSources(errors, plan, input.sources());
	}

}
