package org.hebeiatlas.fact;

import java.util.Collection;
import java.util.List;

/**
 * Queries for the rows (facts, figures) told about subjects, one query per kind of subject.
 */
public interface SubjectQueries<T> {

	List<T> findByCountyIds(Collection<Long> countyIds);

	List<T> findByClusterIds(Collection<Long> clusterIds);

	List<T> findByCompanyIds(Collection<Long> companyIds);

	List<T> findProvincial();

}
