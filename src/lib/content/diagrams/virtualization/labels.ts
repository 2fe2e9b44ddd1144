/**
 * Labels, details and note keys of the layers that recur across the virtualization diagram's stacks
 * (hardware, VM, guest OS, libraries, apps), shared by its node files.
 */
export const hardwareNotes = ['hardware.touch', 'hardware.cpu-ram'];
export const hardwareLabel = { en: 'Hardware', ko: '하드웨어' };
export const hardwareDetail = { en: 'CPU · memory · devices', ko: 'CPU · 메모리 · 장치' };
export const vmLabel = { en: 'VM', ko: 'VM' };
export const vmDetail = { en: 'virtual hardware', ko: '가상 하드웨어' };
export const guestOsLabel = { en: 'Guest OS', ko: '게스트 OS' };
export const guestOsDetail = { en: 'own kernel', ko: '자체 커널' };
export const libsLabel = { en: 'Libraries', ko: '라이브러리' };
export const appsLabel = { en: 'Apps', ko: '앱' };
