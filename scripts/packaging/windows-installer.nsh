; Clinic Kiosk additions to electron-builder's NSIS installer (electron-builder.yml: nsis.include).
;
; Start at login: run the installer with /AUTOSTART, for example silently:
;   "Clinic Kiosk Setup <version>.exe" /S /AUTOSTART
; It writes the value "Clinic Kiosk" = "<install dir>\Clinic Kiosk.exe" under
;   HKLM\Software\Microsoft\Windows\CurrentVersion\Run
; The installer is per-machine and runs as an administrator, so its own HKCU would be the
; administrator's, not the kiosk account's; the machine-wide Run key starts the kiosk for whoever
; logs in, which on a kiosk PC is the kiosk account (set it to sign in automatically). Someone
; else who signs in leaves the kiosk with staff mode's "Exit kiosk".
;
; An upgrade runs the old version's uninstaller first, which removes the value, so the value
; exists exactly when the latest install was given /AUTOSTART: pass it on upgrades too.

!include "FileFunc.nsh"
!include "LogicLib.nsh"

!define KIOSK_RUN_KEY "Software\Microsoft\Windows\CurrentVersion\Run"

!macro customInstall
  Push $R0
  Push $R1
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/AUTOSTART" $R1
  ${IfNot} ${Errors}
    ; Quoted, because the install folder's name has a space.
    WriteRegStr HKLM "${KIOSK_RUN_KEY}" "${PRODUCT_NAME}" '"$INSTDIR\${APP_EXECUTABLE_FILENAME}"'
  ${Else}
    DeleteRegValue HKLM "${KIOSK_RUN_KEY}" "${PRODUCT_NAME}"
  ${EndIf}
  Pop $R1
  Pop $R0
!macroend

!macro customUnInstall
  ; Always: a Run value left behind would point at a program that is gone.
  DeleteRegValue HKLM "${KIOSK_RUN_KEY}" "${PRODUCT_NAME}"
!macroend
