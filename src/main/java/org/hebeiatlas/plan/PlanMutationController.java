package org.hebeiatlas.plan;

import org.hebeiatlas.curation.DeleteInput;
import org.hebeiatlas.curation.DeletePayload;
import org.hebeiatlas.curation.Writes;
import org.hebeiatlas.security.CuratorOnly;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * Mutation fields for plans.
 */
@Controller
@CuratorOnly
class PlanMutationController {

	private final PlanCuration curation;

	PlanMutationController(PlanCuration curation) {
		this.curation = curation;
	}

	@MutationMapping
	PlanPayload createPlan(@Argument PlanInput input) {
		return Writes.attempt(() -> PlanPayload.of(this.curation.create(input)), PlanPayload::rejected);
	}

	@MutationMapping
	PlanPayload updatePlan(@Argument PlanInput input) {
		return Writes.attempt(() -> PlanPayload.of(this.curation.update(input)), PlanPayload::rejected);
	}

	@MutationMapping
	DeletePayload deletePlan(@Argument DeleteInput input) {
		return Writes.attempt(() -> DeletePayload.deleted(this.curation.delete(input)), DeletePayload::rejected);
	}

}
