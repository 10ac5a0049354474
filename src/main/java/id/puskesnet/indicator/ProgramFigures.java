package id.puskesnet.indicator;

import java.util.List;

import id.puskesnet.program.ProgramOption;

/** A program's indicators with their figures. */
public record ProgramFigures(ProgramOption program, List<IndicatorResult> indicators) {

    public ProgramFigures {
        indicators = List.copyOf(indicators);
    }
}
