package org.chuangcheng.indicator.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.indicator.IndicatorTree;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The evaluation system as a nested list: reference data, read by everyone. */
@Controller
@RequiredArgsConstructor
class IndicatorController {

    private final IndicatorTree tree;

    @GetMapping("/indicators")
    String tree(Model model) {
        model.addAttribute("roots", tree.roots());
        return "indicator/list";
    }
}
