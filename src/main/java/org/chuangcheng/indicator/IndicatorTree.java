package org.chuangcheng.indicator;

import java.util.ArrayList;
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
