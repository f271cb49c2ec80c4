package org.hebeiatlas.fact;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.hebeiatlas.cluster.Cluster;
import org.hebeiatlas.company.Company;
import org.hebeiatlas.county.County;
import org.hebeiatlas.model.BaseEntity;
import org.hebeiatlas.model.Entities;
import org.hebeiatlas.province.Province;

/**
 * Loads what is told about many subjects at once (counties, clusters, companies and the province mixed), with one
 * query per kind of subject present.
 */
public final class SubjectBatches {

	private SubjectBatches() {
	}

	public static <T> Map<Object, List<T>> load(Set<Object> subjects, SubjectQueries<T> queries,
			Function<T, Subject> subjectOf) {
		List<County> counties = new ArrayList<>();
		List<Cluster> clusters = new ArrayList<>();
		List<Company> companies = new ArrayList<>();
		Map<Object, List<T>> loaded = new IdentityHashMap<>();
		for (Object subject : subjects) {
			if (subject instanceof County county) {
				counties.add(county);
			}
			else if (subject instanceof Cluster cluster) {
				clusters.add(cluster);
			}
			else if (subject instanceof Company company) {
				companies.add(company);
			}
			else if (subject instanceof Province province) {
				loaded.put(province, queries.findProvincial());
			}
			else {
				throw new IllegalArgumentException("Not a subject: " + subject.getClass());
			}
		}
		putAll(loaded, counties, queries::findByCountyIds, (row) -> subjectOf.apply(row).getCounty());
		putAll(loaded, clusters, queries::findByClusterIds, (row) -> subjectOf.apply(row).getCluster());
		putAll(loaded, companies, queries::findByCompanyIds, (row) -> subjectOf.apply(row).getCompany());
		return loaded;
	}

	private static <P extends BaseEntity, T> void putAll(Map<Object, List<T>> loaded, List<P> parents,
			Function<Set<Long>, List<T>> query, Function<T, BaseEntity> parentOf) {
		if (!parents.isEmpty()) {
			loaded.putAll(Entities.groupUnder(parents, query.apply(Entities.ids(parents)),
					(row) -> Entities.idOf(parentOf.apply(row))));
		}
	}

}
