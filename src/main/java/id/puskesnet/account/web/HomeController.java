package id.puskesnet.account.web;

import id.puskesnet.access.CurrentAccess;
import id.puskesnet.access.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Sends each role to its home page: the facility list for the DKK, the own facility's profile otherwise. */
@Controller
class HomeController {

    private final CurrentAccess currentAccess;

    HomeController(CurrentAccess currentAccess) {
        this.currentAccess = currentAccess;
    }

    @GetMapping("/")
    String home() {
        CurrentUser user = currentAccess.user();
        if (user.getRole().isCityWide()) {
            return "redirect:/facilities";
        }
        return "redirect:/facilities/" + user.getFacilityId();
    }
}
