package org.chuangcheng.indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the evaluation system's indicator tree. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class IndicatorTree {

    private final Indicators indicators;

    /** The tree's top level, each with its children, in the official order. */
    public List<Node> roots() {
        Map<Long, Node> nodes = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Indicator indicator : indicators.findAllByOrderByLevelAscSortOrderAsc()) {
            Node node = new Node(indicator, new ArrayList<>());
            nodes.put(indicator.getId(), node);
            Node parent = indicator.getParentId() == null ? null : nodes.get(indicator.getParentId());
            if (parent == null) {
                roots.add(node);
            } else {
                parent.children().add(node);
            }
        }
        return roots;
    }

    /** Every indicator, parents before children. */
    public List<Indicator> all() {
        return indicators.findAllByOrderByLevelAscSortOrderAsc();
    }

    /**
     * The short names task books and city documents use for indicators ("生活环境" for 和谐宜居的生活环境),
     * from {@code aliases_zh} of the reference data: alias → indicator.
     */
    public Map<String, Indicator> aliases() {
        Map<Long, Indicator> byId = new HashMap<>();
        indicators.findAll().forEach(i -> byId.put(i.getId(), i));
        Map<String, Indicator> result = new LinkedHashMap<>();
        for (Object[] row : indicators.aliasRows()) {
            Indicator indicator = byId.get(((Number) row[1]).longValue());
            if (indicator != null) {
                result.put((String) row[0], indicator);
            }
        }
        return result;
    }

    public Indicator get(Long id) {
        return indicators.findById(id).orElseThrow(() -> new NotFoundException("indicator", id));
    }

    /** Finds an indicator by its code (P03-02) or its Chinese name, as a task book spells it. */
    public Optional<Indicator> findByCodeOrName(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        return indicators.findByCode(trimmed).or(() -> indicators.findFirstByNameZh(trimmed));
    }

    /** An indicator with the indicators under it. */
    public record Node(Indicator indicator, List<Node> children) {
    }
}
