package org.hebeiatlas.dataset;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The history of dataset imports.
 */
public interface DatasetImportRepository extends JpaRepository<DatasetImport, Long> {

	Optional<DatasetImport> findFirstByOrderByIdDesc();

}
